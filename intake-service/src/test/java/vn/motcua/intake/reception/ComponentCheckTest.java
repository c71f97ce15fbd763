package vn.motcua.intake.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.catalogue.Component;

class ComponentCheckTest {

    private static final Component FORM = new Component(1, "Tờ khai đăng ký khai sinh theo mẫu", 1, 0, true);
    private static final Component BIRTH_CERTIFICATE = new Component(2, "Giấy chứng sinh", 1, 0, true);
    private static final Component AUTHORISATION = new Component(3, "Văn bản ủy quyền", 1, 0, false);
    private static final Component ID_COPY = new Component(4, "Bản sao giấy tờ tùy thân", 0, 1, true);
    private static final List<Component> REQUIRED = List.of(FORM, BIRTH_CERTIFICATE, AUTHORISATION, ID_COPY);

    @Test
    void everyMandatoryComponentHandedInMakesACompleteDossier() {
        assertThat(ComponentCheck.missing(REQUIRED, List.of(new HandedComponent(1, 1, 0), new HandedComponent(2, 1, 0),
                new HandedComponent(4, 0, 1)))).isEmpty();
    }

    @Test
    void aMissingMandatoryComponentIsListedButAMissingOptionalOneIsNot() {
        assertThat(ComponentCheck.missing(REQUIRED, List.of(new HandedComponent(1, 1, 0), new HandedComponent(4, 0, 1))))
                .containsExactly(BIRTH_CERTIFICATE);
    }

    @Test
    void aCopyDoesNotReplaceARequiredOriginal() {
        assertThat(ComponentCheck.missing(REQUIRED, List.of(new HandedComponent(1, 1, 0), new HandedComponent(2, 0, 1),
                new HandedComponent(4, 0, 1)))).containsExactly(BIRTH_CERTIFICATE);
    }

    @Test
    void anOriginalCountsWhereACopyIsRequired() {
        assertThat(ComponentCheck.missing(REQUIRED, List.of(new HandedComponent(1, 1, 0), new HandedComponent(2, 1, 0),
                new HandedComponent(4, 1, 0)))).isEmpty();
    }

    @Test
    void aComponentListedWithNoPaperIsMissing() {
        assertThat(ComponentCheck.missing(REQUIRED, List.of(new HandedComponent(1, 0, 0), new HandedComponent(2, 1, 0),
                new HandedComponent(4, 0, 1)))).containsExactly(FORM);
    }
}
