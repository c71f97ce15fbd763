package vn.motcua.intake.reception;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.motcua.backbone.text.MultiLine;

/**
 * The applicant (người nộp hồ sơ / chủ hồ sơ). Personal data: it stays in this service and never goes into
 * an event.
 *
 * @param idNumber a person's citizen identity number (12 digits, or 9 for an old identity card); an
 *                 organisation's tax code (10 digits, or 10-3 for a branch)
 */
public record Applicant(
        @NotNull ApplicantKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 20) String idNumber,
        @Past LocalDate dateOfBirth,
        @Size(max = 30) String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 500) @MultiLine String address) {

    /**
     * The initials of the name, e.g. {@code N.V.A.} for Nguyễn Văn An: the only part of the applicant that the public
     * status lookup may show.
     */
    public String initials() {
        StringBuilder initials = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append('.');
            }
        }
        return initials.toString();
    }
}
