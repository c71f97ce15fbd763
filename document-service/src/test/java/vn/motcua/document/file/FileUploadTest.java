package vn.motcua.document.file;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;
import vn.motcua.document.testing.TestPdfs;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.RealInfrastructure;

/** A desk officer digitises dossier components: streamed upload, checksums, versions, and refusals. */
@QuarkusTest
class FileUploadTest {

    private static final String UNIT = Officers.COMMUNE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path STORAGE_ROOT = Path.of("target/test-files");

    @Test
    void aScannedComponentIsStoredWithItsChecksumAndAnnouncedAsDigitised() throws Exception {
        String dossier = TestDossiers.received(UNIT, "dat-dai", null);
        byte[] pdf = TestPdfs.withText("Tờ khai đăng ký biến động đất đai");
        KafkaTestClient.Position mark = PublishedEvents.mark(vn.motcua.contracts.Topics.DOCUMENT);

        Response created = upload(Officers.frontDesk(UNIT), "DIGITISED_AT_RECEPTION", dossier, "Tờ khai", "to-khai.jpg", pdf);

        created.then().statusCode(201).header("Location", containsString("/api/v1/files/"))
                .body("provenance", equalTo("DIGITISED_AT_RECEPTION"))
                .body("currentVersion", equalTo(1))
                .body("versions[0].sha256", equalTo(sha256(pdf)))
                .body("versions[0].sizeBytes", equalTo(pdf.length))
                // the name says JPEG; the bytes are a PDF, and the bytes decide
                .body("versions[0].contentType", equalTo("application/pdf"));
        String fileId = created.path("id");

        Response download = given().header("Authorization", Officers.specialist(UNIT))
                .get("/api/v1/files/{id}/content", fileId);
        download.then().statusCode(200).contentType("application/pdf")
                .header("ETag", equalTo("\"" + sha256(pdf) + "\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''to-khai.jpg"));
        assertThat(download.asByteArray()).isEqualTo(pdf);

        List<ConsumerRecord<String, String>> events = PublishedEvents.await(mark, EventType.COMPONENTS_DIGITISED, fileId, 1);
        assertThat(events).hasSize(1);
        JsonNode event = JSON.readTree(events.get(0).value());
        assertThat(event.get("dossierCode").asText()).isEqualTo(dossier);
        assertThat(event.get("fieldCode").asText()).isEqualTo("dat-dai");
        assertThat(event.get("unitCode").asText()).isEqualTo(UNIT);
        assertThat(event.get("reused").asBoolean()).isFalse();
        assertThat(event.get("sha256").asText()).isEqualTo(sha256(pdf));
    }

    @Test
    void aNewVersionNeverOverwritesTheOldOne() throws Exception {
        String dossier = TestDossiers.received(UNIT);
        byte[] first = TestPdfs.withText("Bản scan lần 1");
        byte[] second = TestPdfs.withText("Bản scan lần 2, rõ hơn");
        String fileId = upload(Officers.frontDesk(UNIT), "DIGITISED_AT_RECEPTION", dossier, "CCCD", null, first)
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", Officers.frontDesk(UNIT)).contentType("application/octet-stream")
                .body(second).queryParam("name", "cccd-ro.pdf")
                .post("/api/v1/files/{id}/versions", fileId)
                .then().statusCode(201).body("currentVersion", equalTo(2)).body("versions", hasSize(2))
                .body("versions[1].sha256", equalTo(sha256(second)));

        byte[] latest = given().header("Authorization", Officers.frontDesk(UNIT))
                .get("/api/v1/files/{id}/content", fileId).then().statusCode(200).extract().asByteArray();
        byte[] original = given().header("Authorization", Officers.frontDesk(UNIT))
                .get("/api/v1/files/{id}/versions/1/content", fileId).then().statusCode(200).extract().asByteArray();
        assertThat(latest).isEqualTo(second);
        assertThat(original).isEqualTo(first);
        given().header("Authorization", Officers.frontDesk(UNIT)).get("/api/v1/dossiers/{code}/files", dossier)
                .then().statusCode(200).body("", hasSize(1)).body("[0].currentVersion", equalTo(2));
    }

    @Test
    void aStoredFileThatNoLongerMatchesItsChecksumIsRefusedNotServed() throws Exception {
        String dossier = TestDossiers.received(UNIT);
        byte[] pdf = TestPdfs.withText("Giấy chứng nhận quyền sử dụng đất");
        String fileId = upload(Officers.frontDesk(UNIT), "DIGITISED_AT_RECEPTION", dossier, "GCN", null, pdf)
                .then().statusCode(201).extract().path("id");
        Path stored = STORAGE_ROOT.resolve(storageKeyOf(fileId, 1));
        byte[] damaged = Files.readAllBytes(stored);
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(stored, damaged);

        given().header("Authorization", Officers.frontDesk(UNIT)).get("/api/v1/files/{id}/content", fileId)
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/stored-file-corrupt"));
    }

    @Test
    void anOversizedEmptyWrongTypeOrCorruptFileIsRefusedAndNothingIsStoredOrAnnounced() throws Exception {
        String dossier = TestDossiers.received(UNIT);
        String desk = Officers.frontDesk(UNIT);
        long filesBefore = countFiles();
        long rowsBefore = count("select count(*) from stored_file");
        KafkaTestClient.Position mark = PublishedEvents.mark(vn.motcua.contracts.Topics.DOCUMENT);

        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(TestPdfs.withText("x"), 0, tooLarge, 0, 100);
        upload(desk, "DIGITISED_AT_RECEPTION", dossier, "Scan", null, tooLarge).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("https://motcua.vn/problems/file-too-large"))
                .body("detail", containsString("2 MB"));
        upload(desk, "DIGITISED_AT_RECEPTION", dossier, "Scan", null, new byte[0]).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        upload(desk, "DIGITISED_AT_RECEPTION", dossier, "Scan", "to-khai.pdf", "not a pdf at all".getBytes())
                .then().statusCode(415).body("type", equalTo("https://motcua.vn/problems/unsupported-file-type"));
        byte[] pdf = TestPdfs.withText("Cắt cụt");
        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 2);
        upload(desk, "DIGITISED_AT_RECEPTION", dossier, "Scan", null, truncated).then().statusCode(422)
                .body("type", equalTo("https://motcua.vn/problems/corrupt-file"));

        assertThat(count("select count(*) from stored_file")).isEqualTo(rowsBefore);
        assertThat(count("select count(*) from pending_blob")).isZero();
        assertThat(countFiles()).isEqualTo(filesBefore);
        assertThat(KafkaTestClient.consumeThenQuiet(mark, Duration.ofSeconds(2), 0, Duration.ofSeconds(2)).stream()
                .filter(r -> dossier.equals(KafkaTestClient.headers(r).get("ce_subject")))).isEmpty();
    }

    @Test
    void aFailureAfterTheContentWasWrittenLeavesNoContentNoRecordAndNoEvent() throws Exception {
        String dossier = TestDossiers.received(UNIT);
        long filesBefore = countFiles();
        long rowsBefore = count("select count(*) from stored_file");
        KafkaTestClient.Position mark = PublishedEvents.mark(vn.motcua.contracts.Topics.DOCUMENT);

        upload(Officers.frontDesk(UNIT), "DIGITISED_AT_RECEPTION", dossier,
                vn.motcua.document.digitisation.FailingDigitisationRecords.FAIL_AFTER_ANNOUNCING, null,
                TestPdfs.withText("Sẽ thất bại sau khi ghi")).then().statusCode(500)
                .contentType("application/problem+json");

        assertThat(count("select count(*) from stored_file")).isEqualTo(rowsBefore);
        assertThat(count("select count(*) from pending_blob")).isZero();
        assertThat(count("select count(*) from outbox_event where subject = '" + dossier + "'")).isZero();
        assertThat(countFiles()).isEqualTo(filesBefore);
        assertThat(KafkaTestClient.consumeThenQuiet(mark, Duration.ofSeconds(2), 0, Duration.ofSeconds(2)).stream()
                .filter(r -> dossier.equals(KafkaTestClient.headers(r).get("ce_subject")))).isEmpty();
    }

    @Test
    void anotherUnitsFilesAndDossiersDoNotExistForYouAndARoleRecordsOnlyItsKindOfFile() {
        String dossier = TestDossiers.received(UNIT);
        String fileId = upload(Officers.frontDesk(UNIT), "DIGITISED_AT_RECEPTION", dossier, "CCCD", null,
                TestPdfs.withText("Căn cước")).then().statusCode(201).extract().path("id");
        String stranger = Officers.frontDesk(Officers.OTHER_COMMUNE);

        given().header("Authorization", stranger).get("/api/v1/files/{id}", fileId).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", stranger).get("/api/v1/files/{id}/content", fileId).then().statusCode(404);
        given().header("Authorization", stranger).get("/api/v1/files/{id}/versions/1/content", fileId)
                .then().statusCode(404);
        given().header("Authorization", stranger).get("/api/v1/dossiers/{code}/files", dossier).then().statusCode(404);
        upload(stranger, "DIGITISED_AT_RECEPTION", dossier, "CCCD", null, TestPdfs.withText("x")).then().statusCode(404);
        given().header("Authorization", stranger).contentType("application/pdf").body(TestPdfs.withText("x"))
                .post("/api/v1/files/{id}/versions", fileId).then().statusCode(404);

        upload(Officers.frontDesk(UNIT), "RESULT", dossier, null, null, TestPdfs.withText("Kết quả")).then()
                .statusCode(403).contentType("application/problem+json");
        upload(Officers.clerk(UNIT), "DIGITISED_AT_RECEPTION", dossier, "CCCD", null, TestPdfs.withText("x")).then()
                .statusCode(403);
        upload(Officers.frontDesk(UNIT), "DIGITISED_AT_RECEPTION", null, "CCCD", null, TestPdfs.withText("x")).then()
                .statusCode(400).body("errors[0].field", equalTo("dossierCode"));
        upload(Officers.frontDesk(UNIT), "SCANNED", dossier, "CCCD", null, TestPdfs.withText("x")).then()
                .statusCode(400).body("errors[0].field", equalTo("provenance"));
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameFile() {
        String dossier = TestDossiers.received(UNIT);
        byte[] pdf = TestPdfs.withText("Đơn đề nghị");
        String first = given().header("Authorization", Officers.frontDesk(UNIT)).header("Idempotency-Key", "k-" + dossier)
                .contentType("application/pdf").body(pdf).queryParam("provenance", "DIGITISED_AT_RECEPTION")
                .queryParam("dossierCode", dossier).queryParam("component", "Đơn")
                .post("/api/v1/files").then().statusCode(201).extract().path("id");
        String again = given().header("Authorization", Officers.frontDesk(UNIT)).header("Idempotency-Key", "k-" + dossier)
                .contentType("application/pdf").body(pdf).queryParam("provenance", "DIGITISED_AT_RECEPTION")
                .queryParam("dossierCode", dossier).queryParam("component", "Đơn")
                .post("/api/v1/files").then().statusCode(200).extract().path("id");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aComponentReusedFromAnEarlierDossierIsAnnouncedAsReusedWithoutACopy() throws Exception {
        String earlier = TestDossiers.received(UNIT);
        String later = TestDossiers.received(UNIT);
        byte[] pdf = TestPdfs.withText("Căn cước công dân");
        String source = upload(Officers.frontDesk(UNIT), "DIGITISED_AT_RECEPTION", earlier, "CCCD", null, pdf)
                .then().statusCode(201).extract().path("id");
        KafkaTestClient.Position mark = PublishedEvents.mark(vn.motcua.contracts.Topics.DOCUMENT);

        String reused = given().header("Authorization", Officers.frontDesk(UNIT)).contentType("application/json")
                .body("{\"sourceFileId\":\"" + source + "\",\"component\":\"CCCD\"}")
                .post("/api/v1/dossiers/{code}/files/reused", later)
                .then().statusCode(201).body("provenance", equalTo("REUSED")).body("reusedFrom", equalTo(source))
                .extract().path("id");

        assertThat(given().header("Authorization", Officers.frontDesk(UNIT)).get("/api/v1/files/{id}/content", reused)
                .then().statusCode(200).extract().asByteArray()).isEqualTo(pdf);
        assertThat(storageKeyOf(reused, 1)).isEqualTo(storageKeyOf(source, 1));
        JsonNode event = JSON.readTree(PublishedEvents.await(mark, EventType.COMPONENTS_DIGITISED, reused, 1).get(0).value());
        assertThat(event.get("reused").asBoolean()).isTrue();
        assertThat(event.get("dossierCode").asText()).isEqualTo(later);
    }

    @Test
    void aResultFileIsAnnouncedAsAnElectronicResult() throws Exception {
        String dossier = TestDossiers.received(UNIT, "chung-thuc", null);
        KafkaTestClient.Position mark = PublishedEvents.mark(vn.motcua.contracts.Topics.DOCUMENT);
        String fileId = upload(Officers.specialist(UNIT), "RESULT", dossier, null, "ket-qua.pdf",
                TestPdfs.withText("Kết quả chứng thực")).then().statusCode(201).extract().path("id");

        JsonNode event = JSON.readTree(PublishedEvents.await(mark, EventType.RESULT_DIGITISED, fileId, 1).get(0).value());
        assertThat(event.get("fieldCode").asText()).isEqualTo("chung-thuc");
        assertThat(event.get("dossierCode").asText()).isEqualTo(dossier);
    }

    static Response upload(String bearer, String provenance, String dossierCode, String component, String name,
            byte[] body) {
        var request = given().header("Authorization", bearer).contentType("application/octet-stream").body(body)
                .queryParam("provenance", provenance);
        if (dossierCode != null) {
            request.queryParam("dossierCode", dossierCode);
        }
        if (component != null) {
            request.queryParam("component", component);
        }
        if (name != null) {
            request.queryParam("name", name);
        }
        return request.post("/api/v1/files");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String storageKeyOf(String fileId, int version) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select storage_key from file_version where file_id = '" + fileId
                        + "' and version = " + version)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long count(String sql) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long countFiles() throws Exception {
        if (!Files.exists(STORAGE_ROOT)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(STORAGE_ROOT)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
