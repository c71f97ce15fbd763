package vn.motcua.intake.reception;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person acting for the applicant (người được ủy quyền). Personal data, kept in this service only.
 *
 * @param authorisation the document that authorises them, e.g. {@code Giấy ủy quyền ngày 10/7/2022}
 */
public record Representative(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 20) String idNumber,
        @Size(max = 30) String phone,
        @Size(max = 500) String authorisation) {
}
