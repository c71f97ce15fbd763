package vn.motcua.document.signature;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.DSSUtils;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.document.testing.Certificates;
import vn.motcua.document.testing.Drafts;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;
import vn.motcua.document.testing.TestPdfs;
import vn.motcua.testsupport.KafkaTestClient;

/**
 * A dossier's result, as Decree 30/2020 asks for an electronic document: signed by the competent
 * person, numbered, signed by the organisation, issued, and then downloadable by the applicant.
 */
@QuarkusTest
class SigningFlowTest {

    private static final String UNIT = "31660";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aResultSignedByTheChairpersonThenTheOrganisationIsIssuedAndValid() throws Exception {
        Certificates.enrolLeader(UNIT, "Nguyễn Văn An");
        Certificates.enrolOrganisation(UNIT, "UBND xã Long Phú");
        String dossier = TestDossiers.received(UNIT, "ho-kinh-doanh", "ABCD-1234");
        String file = uploadResult(dossier, TestPdfs.withText("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH"));
        String id = Drafts.create(UNIT, resultDraft(dossier, file));
        KafkaTestClient.Position mark = PublishedEvents.mark(vn.motcua.contracts.Topics.DOCUMENT);

        register(id).then().statusCode(409).body("type", equalTo("https://motcua.vn/problems/not-signed"));
        sign(Officers.clerk(UNIT), id, "ORGANISATION").then().statusCode(409)
                .body("type", equalTo("https://motcua.vn/problems/not-registered"));
        sign(Officers.clerk(UNIT), id, "PERSON").then().statusCode(403);

        sign(Officers.leader(UNIT), id, "PERSON").then().statusCode(200)
                .body("status", equalTo("SIGNED_BY_PERSON"))
                .body("signatures[0].signerName", equalTo("Nguyễn Văn An"))
                .body("signatures[0].signatureLevel", equalTo("PAdES-BASELINE-B"));
        String symbol = register(id).then().statusCode(200).extract().path("symbol");
        assertThat(symbol).matches("[0-9]{2,}/QĐ-UBND");
        issue(id).then().statusCode(409).body("type", equalTo("https://motcua.vn/problems/not-signed-by-organisation"));
        sign(Officers.clerk(UNIT), id, "ORGANISATION").then().statusCode(200)
                .body("status", equalTo("SIGNED_BY_ORGANISATION")).body("signatures", hasSize(2));
        issue(id).then().statusCode(200).body("status", equalTo("ISSUED"));

        given().header("Authorization", Officers.clerk(UNIT)).get("/api/v1/files/{id}", file)
                .then().statusCode(200).body("currentVersion", equalTo(3))
                .body("versions[1].note", equalTo("signed by Nguyễn Văn An (PERSON)"))
                .body("versions[2].note", equalTo("signed by UBND xã Long Phú (ORGANISATION)"));
        given().header("Authorization", Officers.specialist(UNIT)).get("/api/v1/files/{id}/signatures", file)
                .then().statusCode(200).body("verdict", equalTo("VALID_UNTRUSTED_CHAIN"))
                .body("message", containsString("development CA"))
                .body("signatures.signedBy", containsInAnyOrder("Nguyễn Văn An", "UBND xã Long Phú"))
                .body("signatures.intact", contains(true, true))
                .body("signatures.trustedChain", contains(false, false))
                .body("signatures.developmentCa", contains(true, true))
                .body("signatures.verdict", contains("VALID_UNTRUSTED_CHAIN", "VALID_UNTRUSTED_CHAIN"))
                .body("signatures.indication", contains("INDETERMINATE", "INDETERMINATE"))
                .body("signatures.subIndication", contains("NO_CERTIFICATE_CHAIN_FOUND", "NO_CERTIFICATE_CHAIN_FOUND"))
                .body("signatures.format", contains("PAdES-BASELINE-B", "PAdES-BASELINE-B"));

        List<ConsumerRecord<String, String>> signed = PublishedEvents.await(mark, EventType.DOCUMENT_SIGNED, id, 2);
        assertThat(signed).extracting(r -> JSON.readTree(r.value()).get("role").asText())
                .containsExactly("PERSON", "ORGANISATION");
        JsonNode registered = JSON.readTree(PublishedEvents.await(mark, EventType.DOCUMENT_REGISTERED, id, 1).get(0).value());
        assertThat(registered.get("dossierCode").asText()).isEqualTo(dossier);
        assertThat(registered.get("fieldCode").asText()).isEqualTo("ho-kinh-doanh");
        JsonNode issued = JSON.readTree(PublishedEvents.await(mark, EventType.DOCUMENT_ISSUED, id, 1).get(0).value());
        assertThat(issued.get("deliveryMode").asText()).isEqualTo("FULLY_ELECTRONIC");
        assertThat(issued.get("symbol").asText()).isEqualTo(symbol);

        // the applicant, with the secret printed on the receipt
        given().header("Lookup-Secret", "ABCD-1234").get("/api/v1/lookup/dossiers/{code}/results", dossier)
                .then().statusCode(200).body("", hasSize(1)).body("[0].symbol", equalTo(symbol));
        byte[] downloaded = given().header("Lookup-Secret", "ABCD-1234")
                .get("/api/v1/lookup/dossiers/{code}/results/{id}/content", dossier, id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        byte[] issuedPdf = given().header("Authorization", Officers.clerk(UNIT)).get("/api/v1/files/{id}/content", file)
                .then().statusCode(200).extract().asByteArray();
        assertThat(downloaded).isEqualTo(issuedPdf);
        String registeredOn = registered.get("documentDate").asText(); // yyyy-MM-dd
        assertThat(TestPdfs.visibleText(issuedPdf)).contains("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH",
                "Số: " + symbol, "Ngày ban hành: ngày " + registeredOn.substring(8, 10) + " tháng "
                        + registeredOn.substring(5, 7) + " năm " + registeredOn.substring(0, 4),
                "Ký số bởi: UBND xã Long Phú", "Ký bởi: Nguyễn Văn An", "Chức vụ: Chủ tịch");
        given().header("Lookup-Secret", "WRONG-0000").get("/api/v1/lookup/dossiers/{code}/results", dossier)
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/lookup/dossiers/{code}/results", dossier).then().statusCode(404);
    }

    @Test
    void theOrganisationDoesNotSignOverAChangedFileAndATamperedFileIsReportedInvalid() throws Exception {
        Certificates.enrolLeader(UNIT, "Nguyễn Văn An");
        Certificates.enrolOrganisation(UNIT, "UBND xã Long Phú");
        String dossier = TestDossiers.received(UNIT);
        String file = uploadResult(dossier, TestPdfs.withText("QUYẾT ĐỊNH cấp phép xây dựng"));
        String id = Drafts.create(UNIT, resultDraft(dossier, file));
        sign(Officers.leader(UNIT), id, "PERSON").then().statusCode(200);
        byte[] signedByPerson = given().header("Authorization", Officers.clerk(UNIT))
                .get("/api/v1/files/{id}/content", file).then().statusCode(200).extract().asByteArray();

        // someone edits the signed decision and stores it as a new version before it is numbered (after
        // registration the file is frozen: IssuedResultTest)
        byte[] edited = TestPdfs.withTextAddedAfterSigning(signedByPerson, "Diện tích: 5.000 m2");
        given().header("Authorization", Officers.specialist(UNIT)).contentType("application/pdf").body(edited)
                .post("/api/v1/files/{id}/versions", file).then().statusCode(201)
                .body("warning", containsString("changed after this signature"))
                .body("versions[2].suspicious", equalTo(true))
                .body("versions[1].suspicious", equalTo(false));
        register(id).then().statusCode(200);

        given().header("Authorization", Officers.clerk(UNIT)).get("/api/v1/files/{id}/signatures", file)
                .then().statusCode(200).body("verdict", equalTo("INVALID"))
                .body("signatures[0].intact", equalTo(true))
                .body("signatures[0].changedAfterSigning", equalTo(true));
        sign(Officers.clerk(UNIT), id, "ORGANISATION").then().statusCode(409)
                .body("type", equalTo("https://motcua.vn/problems/signature-broken"));

        byte[] flipped = TestPdfs.tamperedWithin(signedByPerson, "QUYẾT ĐỊNH");
        String received = given().header("Authorization", Officers.clerk(UNIT)).contentType("application/pdf")
                .body(flipped).queryParam("provenance", "RECEIVED").post("/api/v1/files")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", Officers.clerk(UNIT)).get("/api/v1/files/{id}/signatures", received)
                .then().statusCode(200).body("verdict", equalTo("INVALID"))
                .body("signatures[0].intact", equalTo(false));
    }

    @Test
    void aResultChangedAfterSigningOrSignedOutsideTrustIsAcceptedButMarkedWhereverItIsShown() throws Exception {
        String dossier = TestDossiers.received(UNIT);
        DevelopmentCa stranger = DevelopmentCa.openOrCreate(Files.createTempDirectory("stranger-ca"),
                "other".toCharArray());
        byte[] signed = signedBy(stranger, "Công ty giả mạo", TestPdfs.withText("GIẤY PHÉP XÂY DỰNG"));
        byte[] tampered = TestPdfs.tamperedWithin(signed, "GIẤY PHÉP");

        String broken = given().header("Authorization", Officers.specialist(UNIT)).contentType("application/pdf")
                .body(tampered).queryParam("provenance", "RESULT").queryParam("dossierCode", dossier)
                .post("/api/v1/files").then().statusCode(201)
                .body("warning", containsString("INVALID"))
                .body("versions[0].suspicious", equalTo(true))
                .body("versions[0].suspicionReason", containsString("Broken"))
                .extract().path("id");
        String untrusted = uploadResult(dossier, signed);
        String unsigned = uploadResult(dossier, TestPdfs.withText("Kết quả chưa ký"));

        given().header("Authorization", Officers.clerk(UNIT)).get("/api/v1/files/{id}", untrusted)
                .then().statusCode(200).body("warning", containsString("does not chain to a trust anchor"))
                .body("versions[0].suspicious", equalTo(true));
        given().header("Authorization", Officers.frontDesk(UNIT)).get("/api/v1/dossiers/{code}/files", dossier)
                .then().statusCode(200)
                .body("find { it.id == '" + broken + "' }.warning", containsString("Suspicious file"))
                .body("find { it.id == '" + untrusted + "' }.warning", containsString("Suspicious file"))
                .body("find { it.id == '" + unsigned + "' }.warning", nullValue())
                .body("find { it.id == '" + unsigned + "' }.versions[0].suspicious", equalTo(false));
    }

    @Test
    void aLeaderWithoutCertificateCannotSignAndTheUnitSeesWhoCan() {
        Certificates.enrolLeader(UNIT, "Nguyễn Văn An");
        String dossier = TestDossiers.received(UNIT);
        String file = uploadResult(dossier, TestPdfs.withText("Kết quả"));
        String id = Drafts.create(UNIT, resultDraft(dossier, file));
        String deputy = vn.motcua.testsupport.TestTokens.user("pho.chu.tich").roles("leader").unit(UNIT).bearer();

        sign(deputy, id, "PERSON").then().statusCode(409)
                .body("type", equalTo("https://motcua.vn/problems/no-signing-certificate"));
        given().header("Authorization", Officers.leader(UNIT)).get("/api/v1/signing-certificates")
                .then().statusCode(200).body("unitCode", equalTo(UNIT))
                .body("officialsWithValidCertificate", greaterThanOrEqualTo(1));
        given().header("Authorization", Officers.leader(Officers.OTHER_COMMUNE)).get("/api/v1/signing-certificates")
                .then().statusCode(200).body("officialsWithValidCertificate", equalTo(0));
        sign(Officers.leader(Officers.OTHER_COMMUNE), id, "PERSON").then().statusCode(404);
    }

    private static String uploadResult(String dossier, byte[] pdf) {
        return given().header("Authorization", Officers.specialist(UNIT)).contentType("application/pdf").body(pdf)
                .queryParam("provenance", "RESULT").queryParam("dossierCode", dossier).queryParam("name", "ket-qua.pdf")
                .post("/api/v1/files").then().statusCode(201).extract().path("id");
    }

    private static String resultDraft(String dossier, String file) {
        return """
                {"type":"QD","issuer":"UBND","summary":"Về việc giải quyết hồ sơ %s","signerName":"Nguyễn Văn An",
                 "signerTitle":"Chủ tịch","recipients":["Người nộp hồ sơ","Lưu: VT"],"deliveryMode":"FULLY_ELECTRONIC",
                 "dossierCode":"%s","fileId":"%s"}""".formatted(dossier, dossier, file);
    }

    private static byte[] signedBy(DevelopmentCa ca, String organisation, byte[] pdf) throws Exception {
        SigningKey key = ca.issue(Files.createTempDirectory("signer").resolve("signer.p12"), organisation, "94", null,
                Duration.ofDays(30));
        return DSSUtils.toByteArray(new PadesSigner().sign(new InMemoryDocument(pdf), key,
                new PadesSigner.Purpose("Phát hành", "Sóc Trăng", Instant.now())));
    }

    private static Response sign(String bearer, String id, String role) {
        return given().header("Authorization", bearer).contentType("application/json")
                .body("{\"role\":\"" + role + "\"}").post("/api/v1/outgoing-documents/{id}/signatures", id);
    }

    private static Response register(String id) {
        return given().header("Authorization", Officers.clerk(UNIT)).post("/api/v1/outgoing-documents/{id}/registration", id);
    }

    private static Response issue(String id) {
        return given().header("Authorization", Officers.clerk(UNIT)).post("/api/v1/outgoing-documents/{id}/issue", id);
    }
}
