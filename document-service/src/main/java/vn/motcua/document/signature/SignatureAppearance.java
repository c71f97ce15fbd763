package vn.motcua.document.signature;

import java.util.List;

/**
 * What a visible signature shows and where (PDF points, from the top-left corner of the page, as EU
 * DSS places fields). The appearance belongs to the signature's own field, added in the same
 * incremental update as the signature: earlier signatures stay intact, and the signed page content
 * is not touched (a stamp drawn into the page after the first signature would break it).
 *
 * @param lastPage whether it goes on the last page (the signature block) rather than the first
 */
public record SignatureAppearance(List<String> lines, boolean lastPage, float x, float y, float width,
        float height) {

    /** Standard A4 positions: the competent person's block at the bottom right of the last page. */
    public static SignatureAppearance signatureBlock(List<String> lines) {
        return new SignatureAppearance(lines, true, 330, 640, 220, 70);
    }

    /**
     * Where the number and date go (Số ... , ngày ...): the top left of the first page, below the
     * issuer's name, as the clerical office stamps them when it issues the document.
     */
    public static SignatureAppearance numberAndDate(List<String> lines) {
        return new SignatureAppearance(lines, false, 45, 95, 240, 70);
    }

    public SignatureAppearance {
        lines = List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
