package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.endsWith;
import static vn.motcua.intake.Fixtures.DAI_NGAI;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.birthRegistration;
import static vn.motcua.intake.Fixtures.frontDesk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.intake.Events;
import vn.motcua.intake.MutableClock;
import vn.motcua.testsupport.RealInfrastructure;
import vn.motcua.testsupport.TestTokens;

/** Issue 13 item 9: a dossier code is never given twice, whoever shares the prefix and whatever was imported. */
@QuarkusTest
class DossierCodeUniquenessTest {

    /** Xã Đại Ngãi's identifier since the 2025 reform. */
    private static final String DAI_NGAI_ID = "000.00.62.H92";
    private static final String LONG_PHU_ID = "000.00.61.H92";

    @Inject
    MutableClock clock;

    @Inject
    DossierRepository dossiers;

    @AfterEach
    void restore() throws Exception {
        clock.reset();
        execute("update admin_unit set electronic_id = '" + LONG_PHU_ID + "' where code = '" + LONG_PHU_COMMUNE
                + "' and version = 2");
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect()) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private static String receiveAt(String unit) {
        return given().header("Authorization", frontDesk(unit)).contentType(ContentType.JSON)
                .body(birthRegistration()).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("dossier.code");
    }

    @Test
    void twoUnitsSharingAnElectronicIdentifierReceivingOnOneDayGetDistinctCodes() throws Exception {
        execute("update admin_unit set electronic_id = '" + DAI_NGAI_ID + "' where code = '" + LONG_PHU_COMMUNE
                + "' and version = 2");
        clock.setVietnamTime(LocalDateTime.of(2026, 5, 12, 8, 30));

        String daiNgai = receiveAt(DAI_NGAI);
        String longPhu = receiveAt(LONG_PHU_COMMUNE);

        assertThat(List.of(daiNgai, longPhu)).containsExactly(DAI_NGAI_ID + "-260512-0001",
                DAI_NGAI_ID + "-260512-0002");
    }

    @Test
    void anImportedLegacyCodeAdvancesTheCounterOfItsPrefixAndDay() {
        clock.setVietnamTime(LocalDateTime.of(2026, 5, 13, 10, 0));
        Map<String, Object> legacy = new LinkedHashMap<>();
        legacy.put("legacyId", "LEGACY-" + UUID.randomUUID());
        legacy.put("code", LONG_PHU_ID + "-260513-0005");
        legacy.put("unitCode", LONG_PHU_COMMUNE);
        legacy.put("procedureCode", "1.001193");
        legacy.put("channel", "IN_PERSON");
        legacy.put("receivedAt", "2026-05-13T08:00:00+07:00");
        given().header("Authorization", TestTokens.user("service-account-motcua-import").roles("migration").bearer())
                .contentType(ContentType.JSON).body(legacy).post("/api/v1/migration/dossiers").then().statusCode(201);

        assertThat(receiveAt(LONG_PHU_COMMUNE)).isEqualTo(LONG_PHU_ID + "-260513-0006");
    }

    @Test
    void aCodeTakenBehindTheCountersBackIsSkippedNotAFailure() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 5, 14, 8, 30));
        assertThat(receiveAt(DAI_NGAI)).isEqualTo(DAI_NGAI_ID + "-260514-0001");
        // the counter loses its memory (a restore of an older backup, a hand edit): 0001 is still taken
        execute("delete from dossier_code_counter where prefix = '" + DAI_NGAI_ID + "' and day = '2026-05-14'");

        String code = receiveAt(DAI_NGAI);
        assertThat(code).isEqualTo(DAI_NGAI_ID + "-260514-0002");
        // the acceptance's audit entry travels with the first number it asked for, once, not with each retry
        assertThat(Events.count("select count(*) from audit_entry a join dossier d on a.subject = d.id::text"
                + " where a.action = 'dossier.accepted' and d.code = '" + code + "'")).isEqualTo(1);
    }

    @Test
    void aCollisionOnTheUniqueIndexIsAConflictProblemNotAnInternalError() {
        clock.setVietnamTime(LocalDateTime.of(2026, 5, 15, 8, 30));
        String taken = receiveAt(DAI_NGAI);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> dossiers.persist(refusedWithCode(taken))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.slug()).isEqualTo("dossier-code-taken");
                    assertThat(e.getMessage()).contains(taken);
                });
        // the import answers the same problem over HTTP
        Map<String, Object> legacy = new LinkedHashMap<>();
        legacy.put("legacyId", "LEGACY-" + UUID.randomUUID());
        legacy.put("code", taken);
        legacy.put("unitCode", DAI_NGAI);
        legacy.put("procedureCode", "1.001193");
        legacy.put("channel", "IN_PERSON");
        legacy.put("receivedAt", "2026-05-15T08:00:00+07:00");
        given().header("Authorization", TestTokens.user("service-account-motcua-import").roles("migration").bearer())
                .contentType(ContentType.JSON).body(legacy).post("/api/v1/migration/dossiers").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("dossier-code-taken"));
    }

    private static Dossier refusedWithCode(String code) {
        Dossier d = new Dossier();
        d.id = UUID.randomUUID();
        d.code = code;
        d.status = DossierStatus.REFUSED;
        d.channel = Channel.IN_PERSON;
        d.unitCode = DAI_NGAI;
        d.procedureCode = "1.001193";
        d.procedureVersion = 1;
        d.fieldCode = "-";
        d.level = "COMMUNE";
        d.applicant = new Applicant(ApplicantKind.PERSON, "Test", "-", null, null, null, null);
        d.components = List.of();
        d.missingComponents = List.of();
        d.refusalReason = "collision test";
        d.decidedAt = Instant.now();
        return d;
    }
}
