package vn.motcua.document.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.document.testing.Drafts;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.document.testing.MutableClock;
import vn.motcua.document.testing.Officers;
import vn.motcua.testsupport.KafkaTestClient;

/**
 * The clerical office numbers outgoing documents: consecutive per organisation and calendar year
 * from 01, without gaps or duplicates when clerks register at the same moment, a new series on
 * 1 January (Vietnam time), a separate series for secret documents.
 */
@QuarkusTest
class OutgoingNumberingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void parallelRegistrationsGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        String unit = "40001";
        List<String> drafts = IntStream.range(0, 24).mapToObj(i -> Drafts.paperDecision(unit, "Quyết định số " + i))
                .toList();

        List<JsonNode> registered = registerInParallel(unit, drafts, null);

        assertThat(registered).extracting(d -> d.get("number").asInt())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 24).boxed().toList());
        assertThat(registered).extracting(d -> d.get("symbol").asText())
                .contains("01/QĐ-UBND", "09/QĐ-UBND", "10/QĐ-UBND", "24/QĐ-UBND")
                .doesNotHaveDuplicates();
    }

    @Test
    void theFirstDocumentOfTheYearInVietnamIsNumberOneEvenWhileUtcIsStillInDecember() throws Exception {
        String unit = "40002";
        clock.set(Instant.parse("2024-12-31T16:59:50Z")); // 23:59:50 on 31 December in Hà Nội
        List<JsonNode> december = registerInParallel(unit,
                List.of(Drafts.paperDecision(unit, "a"), Drafts.paperDecision(unit, "b"), Drafts.paperDecision(unit, "c")),
                null);
        clock.set(Instant.parse("2024-12-31T17:00:00Z")); // 00:00 on 1 January 2025 in Hà Nội
        List<JsonNode> january = registerInParallel(unit,
                List.of(Drafts.paperDecision(unit, "d"), Drafts.paperDecision(unit, "e")), null);

        assertThat(december).allSatisfy(d -> {
            assertThat(d.get("year").asInt()).isEqualTo(2024);
            assertThat(d.get("documentDate").asText()).isEqualTo("2024-12-31");
        });
        assertThat(december).extracting(d -> d.get("number").asInt()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(january).allSatisfy(d -> {
            assertThat(d.get("year").asInt()).isEqualTo(2025);
            assertThat(d.get("documentDate").asText()).isEqualTo("2025-01-01");
        });
        assertThat(january).extracting(d -> d.get("number").asInt()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void registrationsRacingAcrossMidnightOfNewYearKeepBothYearsConsecutive() throws Exception {
        String unit = "40003";
        clock.set(Instant.parse("2025-12-31T16:59:59Z"));
        List<String> drafts = IntStream.range(0, 16).mapToObj(i -> Drafts.paperDecision(unit, "Số " + i)).toList();

        // the clock turns to the new year after the first 8 registrations answered, while others are in flight
        List<JsonNode> registered = registerInParallel(unit, drafts, () -> clock.set(Instant.parse("2025-12-31T17:00:01Z")));

        // and one more, surely in the new year: its number follows the new year's last without a gap
        registered.add(JSON.readTree(register(unit, Drafts.paperDecision(unit, "Sau giao thừa")).then().statusCode(200)
                .extract().asString()));

        Map<Integer, List<Integer>> numbersByYear = new TreeMap<>();
        registered.forEach(d -> numbersByYear.computeIfAbsent(d.get("year").asInt(), y -> new ArrayList<>())
                .add(d.get("number").asInt()));
        assertThat(numbersByYear.keySet()).isSubsetOf(2025, 2026).contains(2026);
        numbersByYear.values().forEach(numbers -> assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
        assertThat(numbersByYear.values().stream().mapToInt(List::size).sum()).isEqualTo(17);
        assertThat(registered.get(16).get("number").asInt()).isEqualTo(numbersByYear.get(2026).size());
    }

    @Test
    void secretDocumentsHaveTheirOwnSeriesAndOfficialLettersNameTheDraftingUnit() {
        String unit = "40004";
        String decision = Drafts.paperDecision(unit, "Quyết định thường");
        String secret = Drafts.create(unit, """
                {"type":"BC","issuer":"UBND","secret":true,"summary":"Báo cáo mật","signerName":"Nguyễn Văn An",
                 "recipients":["UBND huyện"],"deliveryMode":"PAPER_ONLY"}""");
        String letter = Drafts.create(unit, """
                {"type":"CV","issuer":"UBND","draftingUnit":"VP","summary":"V/v đôn đốc số hóa hồ sơ",
                 "signerName":"Nguyễn Văn An","recipients":["Các thôn, ấp"],"deliveryMode":"PAPER_ONLY"}""");

        register(unit, decision).then().statusCode(200).body("symbol", equalTo("01/QĐ-UBND"));
        register(unit, secret).then().statusCode(200).body("symbol", equalTo("01/BC-UBND"))
                .body("series", equalTo("SECRET"));
        register(unit, letter).then().statusCode(200).body("symbol", equalTo("02/UBND-VP"));
    }

    @Test
    void aNumberIsGivenOnceAndARefusedRegistrationLeavesNoGap() {
        String unit = "40005";
        String first = Drafts.paperDecision(unit, "Một");
        String file = uploadDraftPdf(unit);
        String electronicUnsigned = Drafts.create(unit, """
                {"type":"TB","issuer":"UBND","summary":"Thông báo điện tử chưa ký","signerName":"Nguyễn Văn An",
                 "recipients":["Nhân dân"],"deliveryMode":"FULLY_ELECTRONIC","fileId":"%s"}""".formatted(file));
        String second = Drafts.paperDecision(unit, "Hai");

        register(unit, first).then().statusCode(200).body("number", equalTo(1));
        register(unit, first).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/already-registered"));
        register(unit, electronicUnsigned).then().statusCode(409)
                .body("type", equalTo("https://motcua.vn/problems/not-signed"));
        register(unit, second).then().statusCode(200).body("number", equalTo(2));
    }

    @Test
    void registrationAndIssueOfAPaperDocumentAreAnnounced() throws Exception {
        String unit = "40006";
        String id = Drafts.paperDecision(unit, "Quyết định khen thưởng");
        KafkaTestClient.Position mark = PublishedEvents.mark(vn.motcua.contracts.Topics.DOCUMENT);

        register(unit, id).then().statusCode(200);
        given().header("Authorization", Officers.clerk(unit)).post("/api/v1/outgoing-documents/{id}/issue", id)
                .then().statusCode(200).body("status", equalTo("ISSUED"));

        JsonNode registered = JSON.readTree(PublishedEvents.await(mark, EventType.DOCUMENT_REGISTERED, id, 1).get(0).value());
        assertThat(registered.get("symbol").asText()).isEqualTo("01/QĐ-UBND");
        assertThat(registered.get("series").asText()).isEqualTo("ORDINARY");
        JsonNode issued = JSON.readTree(PublishedEvents.await(mark, EventType.DOCUMENT_ISSUED, id, 1).get(0).value());
        assertThat(issued.get("deliveryMode").asText()).isEqualTo("PAPER_ONLY");
        assertThat(issued.get("unitCode").asText()).isEqualTo(unit);
    }

    @Test
    void theOutgoingRegisterBookPrintsTheYearsDocumentsInVietnamese() throws Exception {
        String unit = "40007";
        clock.set(Instant.parse("2025-03-10T03:00:00Z"));
        String id = Drafts.paperDecision(unit, "Về việc cấp giấy chứng nhận quyền sử dụng đất cho hộ ông Trần Văn Bảy");
        register(unit, id).then().statusCode(200);
        String other = Drafts.paperDecision(unit, "Về việc thành lập tổ công tác số hóa");
        register(unit, other).then().statusCode(200);

        vn.motcua.testsupport.UnitEvents.publish(unit, "COMMUNE", null);

        // the unit by its name (from motcua.reference), not its code
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(outgoingBookText(unit)).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Đơn vị: Đơn vị thử 40007",
                        "01/QĐ-UBND", "02/QĐ-UBND", "10/03/2025", "Quyết định: Về việc cấp giấy chứng nhận",
                        "Trần Văn Bảy", "Nguyễn Văn An"));
        given().header("Authorization", Officers.clerk(unit)).queryParam("from", "2025-01-01")
                .queryParam("to", "2026-06-30").get("/api/v1/register-books/outgoing")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static String outgoingBookText(String unit) throws Exception {
        byte[] pdf = given().header("Authorization", Officers.clerk(unit))
                .queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/api/v1/register-books/outgoing").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Response register(String unit, String id) {
        return given().header("Authorization", Officers.clerk(unit))
                .post("/api/v1/outgoing-documents/{id}/registration", id);
    }

    private static String uploadDraftPdf(String unit) {
        return given().header("Authorization", Officers.specialist(unit)).contentType("application/pdf")
                .body(vn.motcua.document.testing.TestPdfs.withText("Thông báo"))
                .queryParam("provenance", "DRAFTED").post("/api/v1/files").then().statusCode(201).extract().path("id");
    }

    /** Registers every draft at once from 8 threads; {@code halfway} runs once half of them have answered. */
    private static List<JsonNode> registerInParallel(String unit, List<String> drafts, Runnable halfway)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch half = new CountDownLatch(drafts.size() / 2);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (String id : drafts) {
                answers.add(pool.submit(() -> {
                    try {
                        String body = register(unit, id).then().statusCode(200).extract().asString();
                        return JSON.readTree(body);
                    } finally {
                        half.countDown();
                    }
                }));
            }
            if (halfway != null) {
                assertThat(half.await(60, TimeUnit.SECONDS)).isTrue();
                halfway.run();
            }
            List<JsonNode> registered = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                registered.add(answer.get(60, TimeUnit.SECONDS));
            }
            return registered;
        } finally {
            pool.shutdownNow();
        }
    }
}
