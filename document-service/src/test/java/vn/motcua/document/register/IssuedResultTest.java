package vn.motcua.document.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Certificates;
import vn.motcua.document.testing.Drafts;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;
import vn.motcua.document.testing.TestPdfs;
import vn.motcua.testsupport.RealInfrastructure;

/** Issue 13 item 6: an issued result cannot change, and the applicant downloads exactly what was issued. */
@QuarkusTest
class IssuedResultTest {

    private static final String UNIT = "31663";
    private static final String FROZEN = "https://motcua.vn/problems/file-frozen";

    @Test
    void aRegisteredResultsFileTakesNoNewVersionAndTheIssuedVersionIsPinned() throws Exception {
        Certificates.enrolLeader(UNIT, "Trần Văn Bình");
        Certificates.enrolOrganisation(UNIT, "UBND xã Tân Thạnh");
        String dossier = TestDossiers.received(UNIT, "ho-tich", "PIN-0001");
        String file = upload("RESULT", dossier, TestPdfs.withText("GIẤY KHAI SINH"));
        String id = Drafts.create(UNIT, resultDraft(dossier, file));
        sign(Officers.leader(UNIT), id, "PERSON").then().statusCode(200);
        // before registration the draft's file may still change (and must then be signed again)
        register(id).then().statusCode(200);

        addVersion(file, TestPdfs.withText("GIẤY KHAI SINH (sửa)")).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(FROZEN));
        sign(Officers.clerk(UNIT), id, "ORGANISATION").then().statusCode(200);
        issue(id).then().statusCode(200).body("issuedFileVersion", equalTo(3));
        addVersion(file, TestPdfs.withText("GIẤY KHAI SINH (sửa)")).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(FROZEN));
        byte[] issued = given().header("Authorization", Officers.clerk(UNIT)).get("/api/v1/files/{id}/versions/3/content",
                file).then().statusCode(200).extract().asByteArray();

        // a version that got past the freeze all the same (written into the database by hand) is not served
        execute("insert into file_version (file_id, version, storage_key, sha256, size_bytes, content_type, "
                + "original_name, note, stored_at, stored_by) select file_id, 4, storage_key, sha256, size_bytes, "
                + "content_type, original_name, 'by hand', now(), 'test' from file_version where file_id = '" + file
                + "' and version = 1");
        execute("update stored_file set current_version = 4 where id = '" + file + "'");

        given().header("Lookup-Secret", "PIN-0001").get("/api/v1/lookup/dossiers/{code}/results", dossier)
                .then().statusCode(200).body("[0].sha256", equalTo(sha256Of(file, 3)));
        byte[] downloaded = given().header("Lookup-Secret", "PIN-0001")
                .get("/api/v1/lookup/dossiers/{code}/results/{id}/content", dossier, id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(issued);
    }

    @Test
    void aFileOfARegisteredIncomingDocumentIsFrozen() {
        String file = upload("RECEIVED", null, TestPdfs.withText("Công văn số 12/UBND"));
        addVersion(file, TestPdfs.withText("Công văn số 12/UBND, bản 2")).then().statusCode(201);
        given().header("Authorization", Officers.clerk(UNIT)).contentType("application/json").body("""
                {"sender":"UBND huyện Long Phú","senderSymbol":"12/UBND","documentDate":"2025-03-01","type":"CV",
                 "summary":"V/v phối hợp","fileId":"%s"}""".formatted(file))
                .post("/api/v1/incoming-documents").then().statusCode(201);

        addVersion(file, TestPdfs.withText("Công văn số 12/UBND, bản 3")).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(FROZEN));
    }

    private static String sha256Of(String file, int version) {
        return given().header("Authorization", Officers.clerk(UNIT)).get("/api/v1/files/{id}", file).then()
                .statusCode(200).extract().path("versions.find { it.version == " + version + " }.sha256");
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect()) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private static String upload(String provenance, String dossier, byte[] pdf) {
        var request = given().header("Authorization", Officers.clerk(UNIT)).contentType("application/pdf").body(pdf)
                .queryParam("provenance", provenance);
        if (dossier != null) {
            request.queryParam("dossierCode", dossier);
        }
        return request.post("/api/v1/files").then().statusCode(201).extract().path("id");
    }

    private static Response addVersion(String file, byte[] pdf) {
        return given().header("Authorization", Officers.clerk(UNIT)).contentType("application/pdf").body(pdf)
                .post("/api/v1/files/{id}/versions", file);
    }

    private static String resultDraft(String dossier, String file) {
        return """
                {"type":"QD","issuer":"UBND","summary":"Về việc giải quyết hồ sơ %s","signerName":"Trần Văn Bình",
                 "signerTitle":"Chủ tịch","recipients":["Người nộp hồ sơ","Lưu: VT"],"deliveryMode":"FULLY_ELECTRONIC",
                 "dossierCode":"%s","fileId":"%s"}""".formatted(dossier, dossier, file);
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
