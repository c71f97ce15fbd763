package vn.motcua.document.file;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;
import vn.motcua.document.testing.TestPdfs;
import vn.motcua.testsupport.RealInfrastructure;

/**
 * Issue 19 item 4: the citizen sends the components' files with an online submission, proven by the lookup
 * secret, with the desk's limits and type checks, only while the dossier waits for the desk; the desk of the
 * unit sees them with the dossier's files.
 */
@QuarkusTest
class OnlineFilesTest {

    private static final String UNIT = Officers.COMMUNE;
    private static final String SECRET = "ONLINE-SECRET-1";

    @Test
    void theCitizensFilesAreStoredAndTheDeskOfTheUnitSeesThemWhenItAccepts() {
        String code = TestDossiers.submittedOnline(UNIT, SECRET);
        byte[] pdf = TestPdfs.withText("Tờ khai đăng ký khai sinh");

        upload(code, SECRET, "Tờ khai", "tờ-khai.pdf", pdf).then().statusCode(201)
                .body("provenance", equalTo("SUBMITTED_ONLINE")).body("component", equalTo("Tờ khai"))
                .body("dossierCode", equalTo(code)).body("createdBy", equalTo("applicant"))
                .body("versions[0].contentType", equalTo("application/pdf"))
                .body("versions[0].name", equalTo("tờ-khai.pdf"));
        TestDossiers.acceptedOnline(UNIT, code, SECRET);
        awaitAwaitingDesk(code, false);

        Response listed = given().header("Authorization", Officers.frontDesk(UNIT)).get("/api/v1/dossiers/{c}/files", code);
        listed.then().statusCode(200).body("", hasSize(1)).body("[0].provenance", equalTo("SUBMITTED_ONLINE"));
        byte[] downloaded = given().header("Authorization", Officers.frontDesk(UNIT))
                .get("/api/v1/files/{id}/content", listed.<String>path("[0].id")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        // another unit's desk does not see the dossier, nor its file
        given().header("Authorization", Officers.frontDesk(Officers.OTHER_COMMUNE)).get("/api/v1/dossiers/{c}/files", code)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Officers.frontDesk(Officers.OTHER_COMMUNE))
                .get("/api/v1/files/{id}/content", listed.<String>path("[0].id")).then().statusCode(404);
        // nor does a staff role add versions to the citizen's file
        given().header("Authorization", Officers.frontDesk(UNIT)).contentType("application/octet-stream")
                .body(TestPdfs.withText("thay thế")).post("/api/v1/files/{id}/versions", listed.<String>path("[0].id"))
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aWrongSecretAnUnknownCodeOrNoSecretIsNotFoundAndStoresNothing() throws Exception {
        String code = TestDossiers.submittedOnline(UNIT, SECRET);
        long rowsBefore = count("select count(*) from stored_file");
        byte[] pdf = TestPdfs.withText("CCCD");

        upload(code, "WRONG", "CCCD", null, pdf).then().statusCode(404).contentType("application/problem+json");
        upload(code, null, "CCCD", null, pdf).then().statusCode(404).contentType("application/problem+json");
        upload(UNIT + ".H41-220715-9999", SECRET, "CCCD", null, pdf).then().statusCode(404)
                .contentType("application/problem+json");

        assertThat(count("select count(*) from stored_file")).isEqualTo(rowsBefore);
    }

    @Test
    void anOversizedWrongTypeOrUnnamedFileIsRefusedNamingWhatIsWrongAndNothingIsStored() throws Exception {
        String code = TestDossiers.submittedOnline(UNIT, SECRET);
        long filesBefore = FileUploadTest.countFiles();
        long rowsBefore = count("select count(*) from stored_file");

        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(TestPdfs.withText("x"), 0, tooLarge, 0, 100);
        upload(code, SECRET, "Tờ khai", null, tooLarge).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("https://motcua.vn/problems/file-too-large"))
                .body("errors[0].field", equalTo("body"));
        upload(code, SECRET, "Tờ khai", "to-khai.pdf", "not a pdf at all".getBytes()).then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/unsupported-file-type"))
                .body("errors[0].field", equalTo("body"));
        upload(code, SECRET, " ", null, TestPdfs.withText("Tờ khai")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("component"));

        assertThat(count("select count(*) from stored_file")).isEqualTo(rowsBefore);
        assertThat(count("select count(*) from pending_blob")).isZero();
        assertThat(FileUploadTest.countFiles()).isEqualTo(filesBefore);
        given().header("Authorization", Officers.frontDesk(UNIT)).get("/api/v1/dossiers/{c}/files", code)
                .then().statusCode(200).body("", empty());
    }

    @Test
    void filesAreTakenOnlyWhileTheDossierWaitsForTheDeskAndAgainAfterASupplement() throws Exception {
        String code = TestDossiers.submittedOnline(UNIT, SECRET);
        TestDossiers.sentBackOnline(UNIT, code);
        awaitAwaitingDesk(code, false);
        upload(code, SECRET, "Tờ khai", null, TestPdfs.withText("Tờ khai")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/dossier-not-awaiting-desk"))
                .body("detail", containsString(code));

        TestDossiers.resubmittedOnline(UNIT, code, SECRET);
        awaitAwaitingDesk(code, true);
        upload(code, SECRET, "Tờ khai", null, TestPdfs.withText("Tờ khai bổ sung")).then().statusCode(201);

        TestDossiers.acceptedOnline(UNIT, code, SECRET);
        awaitAwaitingDesk(code, false);
        // a late or repeated submission event never reopens a dossier the desk accepted
        String late = TestDossiers.resubmittedOnline(UNIT, code, SECRET);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> count(
                "select count(*) from processed_event where event_id = '" + late + "'") == 1);
        assertThat(awaitingDesk(code)).isFalse();
        upload(code, SECRET, "Tờ khai", null, TestPdfs.withText("Quá muộn")).then().statusCode(409);
    }

    @Test
    void aDossierReceivedAtTheDeskTakesNoFilesFromTheApplicant() {
        String code = TestDossiers.received(UNIT, "ho-tich", SECRET);
        upload(code, SECRET, "Tờ khai", null, TestPdfs.withText("Tờ khai")).then().statusCode(409)
                .contentType("application/problem+json");
    }

    private static Response upload(String code, String secret, String component, String name, byte[] body) {
        var request = given().contentType("application/octet-stream").body(body);
        if (secret != null) {
            request.header("Lookup-Secret", secret);
        }
        if (component != null) {
            request.queryParam("component", component);
        }
        if (name != null) {
            request.queryParam("name", name);
        }
        return request.post("/api/v1/online/dossiers/{code}/files", code);
    }

    private static void awaitAwaitingDesk(String code, boolean expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> awaitingDesk(code) == expected);
    }

    private static boolean awaitingDesk(String code) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                PreparedStatement query = connection.prepareStatement("select awaiting_desk from dossier where code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
