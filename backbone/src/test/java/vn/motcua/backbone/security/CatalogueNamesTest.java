package vn.motcua.backbone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.reference.ProcedurePublished;

/** Field and procedure names come from the catalogue's published procedures; the latest version names them. */
class CatalogueNamesTest {

    @Test
    void fieldsAndProceduresAreNamedByTheirLatestVersion() {
        CatalogueNames names = new CatalogueNames();
        names.apply(new ProcedurePublished("1.001193", List.of(
                version(1, "Đăng ký khai sinh (cũ)", "ho-tich", "Hộ tịch (cũ)"),
                version(2, "Đăng ký khai sinh", "ho-tich", "Hộ tịch")), Instant.now()));
        names.apply(new ProcedurePublished("2.000815", List.of(
                version(1, "Chứng thực bản sao từ bản chính", "chung-thuc", "Chứng thực")), Instant.now()));

        assertThat(names.fieldName("ho-tich")).contains("Hộ tịch");
        assertThat(names.fieldName("chung-thuc")).contains("Chứng thực");
        assertThat(names.procedureName("1.001193")).contains("Đăng ký khai sinh");
        assertThat(names.fieldName("dat-dai")).isEmpty();
    }

    private static ProcedurePublished.Version version(int number, String name, String fieldCode, String fieldName) {
        return new ProcedurePublished.Version(number, name, fieldCode, fieldName, List.of("COMMUNE"),
                new ProcedurePublished.ProcessingTime(1, "WORKING_DAYS", null), "FULL", false, List.of(), List.of(),
                List.of(), LocalDate.of(2020, 1, 1), null);
    }
}
