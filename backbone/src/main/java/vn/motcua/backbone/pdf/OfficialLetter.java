package vn.motcua.backbone.pdf;

import java.time.Instant;
import java.util.List;

/**
 * A one-page official form of Circular 01/2018 written as a letter (forms 02, 03 and 04): the unit's header, the
 * date, the title, the paragraphs, and who signs it.
 *
 * @param number         the form's number in the circular, e.g. {@code 02}
 * @param parentUnitName the unit above the issuing unit, on the day of the dossier's receipt; null when unknown
 * @param unitName       the issuing unit, on the day of the dossier's receipt
 * @param issuedAt       when the request or apology was made
 * @param title          the form's title, upper case
 * @param dossierCode    the dossier the form is about; null for a request the desk did not receive (it has no code)
 * @param paragraphs     the body, each paragraph wrapped to the page; may hold any text an officer typed
 * @param signerTitle    e.g. {@code NGƯỜI HƯỚNG DẪN}
 * @param signerName     who made the request or the apology, as their token named them; null when unknown (the line is
 *                       left to sign by hand)
 * @param issuer         the service that printed it, in the PDF's metadata, e.g. {@code workflow-service}
 */
public record OfficialLetter(String number, String parentUnitName, String unitName, Instant issuedAt, String title,
        String dossierCode, List<String> paragraphs, String signerTitle, String signerName, String issuer) {
}
