package vn.motcua.contracts.dossier;

import java.time.Instant;

/**
 * A citizen or business submitted a dossier online (mới đăng ký, national status 1), or sent the
 * supplement the desk asked for. The processing clock has not started: it starts when the desk accepts
 * the dossier ({@link DossierReceived}, same code). Carries no personal data.
 *
 * @param dossierId        stable id; the Kafka key
 * @param dossierCode      assigned at submission and kept through supplements and acceptance
 * @param unitCode         national code of the unit the dossier was sent to
 * @param procedureCode    national procedure code
 * @param procedureVersion catalogue version the dossier was submitted under
 * @param fieldCode        field (lĩnh vực) of the procedure
 * @param level            resolving level: PROVINCE, DISTRICT or COMMUNE
 * @param submittedAt      instant of this submission (UTC)
 * @param supplement       true if this submission answers a supplement request of the desk
 * @param lookupSecretHash the verifier of the lookup secret ({@code hmac-sha256:<base64url>}, earlier
 *                         {@code sha256:<hex>}); see {@link DossierReceived}
 * @param nationalStatus the national status code (1-10) of the state this event leads to (see
 *                       asyncapi.yaml); null from producers that predate it
 * @param ownerHash      when the citizen submitted signed in to an account: HMAC-SHA256 under the platform's
 *                       private lookup-secret key of the account's token subject, lower case hex; null without an
 *                       account. Not personal data: a keyed hash of an opaque account id, which only the services
 *                       holding the key can match to a signed-in caller
 */
public record DossierSubmittedOnline(
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        int procedureVersion,
        String fieldCode,
        String level,
        Instant submittedAt,
        boolean supplement,
        String lookupSecretHash,
        Integer nationalStatus,
        String ownerHash) {

    /** The form before {@code ownerHash} was added: no account. */
    public DossierSubmittedOnline(String dossierId, String dossierCode, String unitCode, String procedureCode,
            int procedureVersion, String fieldCode, String level, Instant submittedAt, boolean supplement,
            String lookupSecretHash, Integer nationalStatus) {
        this(dossierId, dossierCode, unitCode, procedureCode, procedureVersion, fieldCode, level, submittedAt,
                supplement, lookupSecretHash, nationalStatus, null);
    }

    /** The form before {@code nationalStatus} was added. */
    public DossierSubmittedOnline(String dossierId, String dossierCode, String unitCode, String procedureCode,
            int procedureVersion, String fieldCode, String level, Instant submittedAt, boolean supplement,
            String lookupSecretHash) {
        this(dossierId, dossierCode, unitCode, procedureCode, procedureVersion, fieldCode, level, submittedAt,
                supplement, lookupSecretHash, null, null);
    }
}
