package vn.motcua.document.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.DSSUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.document.signature.DevelopmentCa;
import vn.motcua.document.signature.PadesSigner;
import vn.motcua.document.signature.SigningKey;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestPdfs;
import vn.motcua.testsupport.KafkaTestClient;

/** The clerical office enters received documents: a yearly incoming number and the check of their signatures. */
@QuarkusTest
class IncomingRegisterTest {

    private static final String UNIT = "40100";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void receivedDocumentsAreNumberedInTurnAndTheirSignaturesChecked() throws Exception {
        byte[] signedByDistrict = signedBy(trustedCa(), "UBND huyện Long Phú",
                TestPdfs.withText("Công văn về việc triển khai số hóa hồ sơ"));
        byte[] tampered = TestPdfs.tamperedWithin(signedByDistrict, "Công văn");
        byte[] signedByStranger = signedBy(DevelopmentCa.openOrCreate(Files.createTempDirectory("foreign-ca"),
                "other".toCharArray()), "Công ty giả mạo", TestPdfs.withText("Thông báo giả"));
        byte[] unsigned = TestPdfs.withText("Giấy mời họp");
        KafkaTestClient.Position mark = PublishedEvents.mark(vn.motcua.contracts.Topics.DOCUMENT);

        JsonNode valid = register(incoming("UBND huyện Long Phú", "45/UBND-VP", receivedFile(signedByDistrict)));
        JsonNode invalid = register(incoming("UBND huyện Long Phú", "46/UBND-VP", receivedFile(tampered)));
        JsonNode stranger = register(incoming("Công ty ABC", "01/CV", receivedFile(signedByStranger)));
        JsonNode notSigned = register(incoming("Hội Nông dân xã", "03/GM-HND", receivedFile(unsigned)));
        JsonNode paper = register(incoming("Công an xã", "12/CAX", null));

        assertThat(List.of(valid, invalid, stranger, notSigned, paper)).extracting(d -> d.get("signatureCheck").asText())
                .containsExactly("VALID_UNTRUSTED_CHAIN", "INVALID", "VALID_UNTRUSTED_CHAIN", "NOT_SIGNED", "NOT_CHECKED");
        int first = valid.get("incomingNumber").asInt();
        assertThat(List.of(valid, invalid, stranger, notSigned, paper)).extracting(d -> d.get("incomingNumber").asInt())
                .containsExactly(first, first + 1, first + 2, first + 3, first + 4);
        assertThat(valid.at("/signatureReport/signatures/0/signedBy").asText()).isEqualTo("UBND huyện Long Phú");
        // the test's CA is the development CA: recognised, not trusted (a trusted chain is PadesSignatureTest's)
        assertThat(valid.at("/signatureReport/signatures/0/developmentCa").asBoolean()).isTrue();
        assertThat(valid.at("/signatureReport/message").asText()).contains("development CA");
        assertThat(invalid.at("/signatureReport/signatures/0/intact").asBoolean()).isFalse();
        assertThat(stranger.at("/signatureReport/signatures/0/trustedChain").asBoolean()).isFalse();
        assertThat(stranger.at("/signatureReport/signatures/0/developmentCa").asBoolean()).isFalse();
        assertThat(stranger.at("/signatureReport/message").asText()).contains("does not chain to a trust anchor");

        String id = valid.get("id").asText();
        JsonNode event = JSON.readTree(PublishedEvents.await(mark, EventType.INCOMING_DOCUMENT_REGISTERED, id, 1).get(0).value());
        assertThat(event.get("signatureCheck").asText()).isEqualTo("VALID_UNTRUSTED_CHAIN");
        assertThat(event.get("senderSymbol").asText()).isEqualTo("45/UBND-VP");
        assertThat(event.get("incomingNumber").asInt()).isEqualTo(first);
        given().header("Authorization", Officers.leader(UNIT)).get("/api/v1/incoming-documents/{id}", id)
                .then().statusCode(200).body("sender", equalTo("UBND huyện Long Phú"));
        given().header("Authorization", Officers.leader(Officers.OTHER_COMMUNE)).get("/api/v1/incoming-documents/{id}", id)
                .then().statusCode(404);

        String today = valid.get("receivedOn").asText();
        byte[] book = given().header("Authorization", Officers.clerk(UNIT)).queryParam("from", today)
                .queryParam("to", today).get("/api/v1/register-books/incoming")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(book)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "UBND huyện Long Phú", "45/UBND-VP", "Nguyên vẹn",
                "Không hợp lệ", "Hội Nông dân xã");
    }

    @Test
    void theSameIdempotencyKeyDoesNotTakeASecondNumberAndBadInputIsNamed() {
        String body = incoming("Sở Tư pháp", "99/STP-HCTP", null);
        int first = given().header("Authorization", Officers.clerk(UNIT)).header("Idempotency-Key", "in-" + Instant.now())
                .contentType("application/json").body(body).post("/api/v1/incoming-documents")
                .then().statusCode(201).extract().path("incomingNumber");
        String key = "same-" + Instant.now().toEpochMilli();
        Response once = given().header("Authorization", Officers.clerk(UNIT)).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/incoming-documents");
        Response twice = given().header("Authorization", Officers.clerk(UNIT)).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/incoming-documents");
        once.then().statusCode(201).body("incomingNumber", equalTo(first + 1));
        twice.then().statusCode(200).body("incomingNumber", equalTo(first + 1)).body("id", equalTo(once.path("id")));

        given().header("Authorization", Officers.clerk(UNIT)).contentType("application/json")
                .body("{\"sender\":\"\",\"summary\":\"x\"}").post("/api/v1/incoming-documents")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("sender"));
    }

    private static String incoming(String sender, String symbol, String fileId) {
        return """
                {"sender":"%s","senderSymbol":"%s","documentDate":"2025-03-01","type":"CV",
                 "summary":"V/v phối hợp thực hiện"%s}""".formatted(sender, symbol,
                fileId == null ? "" : ",\"fileId\":\"" + fileId + "\"");
    }

    private static JsonNode register(String body) throws Exception {
        return JSON.readTree(given().header("Authorization", Officers.clerk(UNIT)).contentType("application/json")
                .body(body).post("/api/v1/incoming-documents").then().statusCode(201).extract().asString());
    }

    private static String receivedFile(byte[] pdf) {
        return given().header("Authorization", Officers.clerk(UNIT)).contentType("application/pdf").body(pdf)
                .queryParam("provenance", "RECEIVED").post("/api/v1/files").then().statusCode(201).extract().path("id");
    }

    /** The CA the service trusts in tests: its development CA, in the test keystore directory. */
    private static DevelopmentCa trustedCa() {
        return DevelopmentCa.openOrCreate(Path.of("target/test-signing"), "motcua-demo-only".toCharArray());
    }

    private static byte[] signedBy(DevelopmentCa ca, String organisation, byte[] pdf) throws Exception {
        SigningKey key = ca.issue(Files.createTempDirectory("sender").resolve("sender.p12"), organisation, "94", null,
                Duration.ofDays(30));
        return DSSUtils.toByteArray(new PadesSigner().sign(new InMemoryDocument(pdf), key,
                new PadesSigner.Purpose("Phát hành", "Sóc Trăng", Instant.now())));
    }
}
