package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.security.UnitScope;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.PdfText;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * Issue 17 item 5: form 05 names people as their tokens named them when they acted, the unit (and the unit above
 * it) from the unit tree, the procedure as intake published it, and speaks Vietnamese.
 */
@QuarkusTest
class ControlSheetTest {

    private static final String UNIT = "31655";
    private static final String PROCEDURE = "2.000908";
    private static final Instant DUE = Instant.parse("2027-05-28T10:00:00Z");

    @Inject
    UnitScope units;

    @Test
    void theSheetNamesThePeopleTheUnitAndTheProcedureInVietnamese() throws Exception {
        units.apply(unit("92", "Thành phố Cần Thơ", "PROVINCE", null));
        units.apply(unit(UNIT, "Xã Long Phú", "COMMUNE", "92"));
        publishProcedure(PROCEDURE, "Chứng thực bản sao từ bản chính giấy tờ, văn bản");
        Announced dossier = TestDossiers.received(UNIT, DUE, PROCEDURE);

        act(dossier, "assign", "front-desk.thu", "front-desk", "Ngô Thị Thu",
                Map.of("version", 0, "assignee", "specialist.hang"));
        act(dossier, "assign", "specialist.hang", "specialist", "Trần Thị Hằng",
                Map.of("version", 1, "assignee", "leader.an", "reason", "Đủ điều kiện, trình ký"));
        act(dossier, "approval", "leader.an", "leader", "Lê Văn An", Map.of("version", 2));

        given().header("Authorization", bearer("leader.an", "leader", "Lê Văn An"))
                .get("/api/v1/dossiers/{code}/control-sheet", dossier.code()).then().statusCode(200)
                .body("unitName", equalTo("Xã Long Phú")).body("parentUnitName", equalTo("Thành phố Cần Thơ"))
                .body("procedureName", equalTo("Chứng thực bản sao từ bản chính giấy tờ, văn bản"))
                .body("rows.stepTitle", equalTo(List.of("Tiếp nhận hồ sơ", "Thẩm định, xử lý hồ sơ",
                        "Phê duyệt kết quả", "Ban hành, phát hành kết quả")))
                .body("rows.endedByName", equalTo(java.util.Arrays.asList("Ngô Thị Thu", "Trần Thị Hằng",
                        "Lê Văn An", null)))
                // handed on before she ever acted: named once she has
                .body("rows[1].holderName", equalTo("Trần Thị Hằng"))
                .body("rows[1].handedByName", equalTo("Ngô Thị Thu"))
                .body("rows[0].holderName", equalTo("Bộ phận Một cửa"))
                .body("rows[3].holderName", equalTo("Văn thư"))
                .body("rows[1].endedWithTitle", equalTo("Chuyển xử lý"))
                .body("rows[1].note", equalTo("Đủ điều kiện, trình ký"));

        byte[] pdf = given().header("Authorization", bearer("leader.an", "leader", "Lê Văn An"))
                .get("/api/v1/dossiers/{code}/control-sheet/pdf", dossier.code()).then().statusCode(200)
                .extract().asByteArray();
        // the table wraps text inside its columns: compare with line breaks as spaces
        String text = PdfText.of(pdf);
        assertThat(text).contains("XÃ LONG PHÚ", "THÀNH PHỐ CẦN THƠ", "Giao: Ngô Thị Thu", "Nhận: Trần Thị Hằng",
                "Chứng thực bản sao từ bản chính", "Phê duyệt kết quả - Lê Văn An")
                .doesNotContain("ASSIGN", "APPROVE", "appraise", userId("leader.an"));
    }

    private static String userId(String username) {
        return UUID.nameUUIDFromBytes(("motcua-user:" + username).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    private static UnitChanged unit(String code, String name, String level, String parent) {
        return new UnitChanged(code, List.of(new UnitChanged.Version(1, name, level, parent, null, false,
                LocalDate.of(2025, 7, 1), null)), List.of(), Instant.parse("2025-07-01T00:00:00Z"));
    }

    private static void publishProcedure(String code, String name) throws Exception {
        String eventId = UUID.randomUUID().toString();
        String payload = """
                {"code":"%s","publishedAt":"2026-01-05T00:00:00Z","versions":[{"version":1,"name":"%s",
                 "fieldCode":"chung-thuc","fieldName":"Chứng thực","levels":["COMMUNE"],
                 "processingTime":{"amount":1,"unit":"WORKING_DAYS"},"onlineLevel":"PARTIAL","resultOnPaper":true,
                 "components":[],"fees":[],"demoValues":[],"validFrom":"2026-01-01"}]}""".formatted(code, name);
        KafkaTestClient.send(Topics.REFERENCE, code, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/motcua/intake-service",
                CloudEventHeaders.TYPE, EventType.PROCEDURE_PUBLISHED.type(),
                CloudEventHeaders.SUBJECT, code,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> TestDossiers.count(
                "select count(*) from published_procedure where code = ?", code) == 1);
    }

    private static void act(Announced dossier, String action, String username, String role, String name,
            Map<String, ?> body) {
        given().header("Authorization", bearer(username, role, name)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers/{code}/{action}", dossier.code(), action).then().statusCode(200);
    }

    private static String bearer(String username, String role, String name) {
        return TestTokens.user(username).roles(role).unit(UNIT).name(name).bearer();
    }
}
