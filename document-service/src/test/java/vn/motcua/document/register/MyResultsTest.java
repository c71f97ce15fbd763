package vn.motcua.document.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Certificates;
import vn.motcua.document.testing.Drafts;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;
import vn.motcua.document.testing.TestPdfs;
import vn.motcua.testsupport.RealInfrastructure;
import vn.motcua.testsupport.TestTokens;

/**
 * Issue 19: a citizen who submitted online signed in gets the dossier's issued electronic results in their account,
 * without the lookup secret; everyone else gets 404 (never 403, which would confirm the code exists), anonymous 401,
 * staff 403 (the route is the citizen's).
 */
@QuarkusTest
class MyResultsTest {

    private static final String UNIT = "31663";
    private static final String SECRET = "MYRS-0001";

    @Test
    void theAccountThatSubmittedDownloadsTheSameBytesAsTheLookupAndNobodyElseSeesThem() throws Exception {
        String lan = "lan-" + UUID.randomUUID();
        String code = TestDossiers.submittedOnlineBy(UNIT, SECRET, TestTokens.subjectOf(lan));
        // redelivered: the same event again (same CloudEvent id) and a producer's retry (new id): one dossier still
        String eventId = UUID.randomUUID().toString();
        TestDossiers.announceOnlineBy(UNIT, code, SECRET, TestTokens.subjectOf(lan), eventId);
        TestDossiers.announceOnlineBy(UNIT, code, SECRET, TestTokens.subjectOf(lan), eventId);
        TestDossiers.acceptedOnline(UNIT, code, SECRET);
        String document = issueResult(code);

        byte[] byLookup = given().header("Lookup-Secret", SECRET)
                .get("/api/v1/lookup/dossiers/{code}/results/{id}/content", code, document)
                .then().statusCode(200).extract().asByteArray();
        String sha256 = given().header("Lookup-Secret", SECRET).get("/api/v1/lookup/dossiers/{code}/results", code)
                .then().statusCode(200).extract().path("[0].sha256");

        given().header("Authorization", citizen(lan)).get("/api/v1/me/dossiers/{code}/results", code)
                .then().statusCode(200).body("", hasSize(1)).body("[0].documentId", equalTo(document))
                .body("[0].sha256", equalTo(sha256));
        byte[] inAccount = given().header("Authorization", citizen(lan))
                .get("/api/v1/me/dossiers/{code}/results/{id}/content", code, document)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(inAccount).isEqualTo(byLookup);
        assertThat(TestPdfs.visibleText(inAccount)).contains("GIẤY KHAI SINH");
        assertThat(rowsOf(code)).isEqualTo(1);

        // another citizen: 404 on both, as for a code that does not exist
        String minh = citizen("minh-" + UUID.randomUUID());
        notFound(minh, "/api/v1/me/dossiers/{code}/results", code);
        notFound(minh, "/api/v1/me/dossiers/{code}/results/" + document + "/content", code);
        notFound(citizen(lan), "/api/v1/me/dossiers/{code}/results", TestDossiers.newCode(UNIT));
        // anonymous: 401; staff, even of the dossier's unit: 403
        given().get("/api/v1/me/dossiers/{code}/results", code).then().statusCode(401);
        given().get("/api/v1/me/dossiers/{code}/results/{id}/content", code, document).then().statusCode(401);
        given().header("Authorization", Officers.frontDesk(UNIT)).get("/api/v1/me/dossiers/{code}/results", code)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Officers.clerk(UNIT))
                .get("/api/v1/me/dossiers/{code}/results/{id}/content", code, document).then().statusCode(403);
    }

    @Test
    void aDossierSubmittedWithoutAnAccountIsNoCitizensInTheirAccount() {
        String code = TestDossiers.submittedOnline(UNIT, SECRET);
        TestDossiers.acceptedOnline(UNIT, code, SECRET);
        String document = issueResult(code);
        given().header("Lookup-Secret", SECRET).get("/api/v1/lookup/dossiers/{code}/results", code)
                .then().statusCode(200).body("", hasSize(1));

        for (String someone : new String[] {"lan-" + UUID.randomUUID(), "probe"}) {
            notFound(citizen(someone), "/api/v1/me/dossiers/{code}/results", code);
            notFound(citizen(someone), "/api/v1/me/dossiers/{code}/results/" + document + "/content", code);
        }
    }

    private static void notFound(String bearer, String path, String code) {
        given().header("Authorization", bearer).get(path, code).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String citizen(String username) {
        return TestTokens.user(username).roles("citizen").bearer();
    }

    /** The unit's staff issue a signed electronic result of the dossier; its outgoing document's id. */
    private static String issueResult(String code) {
        Certificates.enrolLeader(UNIT, "Trần Văn Bình");
        Certificates.enrolOrganisation(UNIT, "UBND xã Tân Thạnh");
        String file = given().header("Authorization", Officers.clerk(UNIT)).contentType("application/pdf")
                .body(TestPdfs.withText("GIẤY KHAI SINH")).queryParam("provenance", "RESULT")
                .queryParam("dossierCode", code)
                .post("/api/v1/files").then().statusCode(201).extract().path("id");
        String id = Drafts.create(UNIT, """
                {"type":"QD","issuer":"UBND","summary":"Về việc giải quyết hồ sơ %s","signerName":"Trần Văn Bình",
                 "signerTitle":"Chủ tịch","recipients":["Người nộp hồ sơ","Lưu: VT"],"deliveryMode":"FULLY_ELECTRONIC",
                 "dossierCode":"%s","fileId":"%s"}""".formatted(code, code, file));
        sign(Officers.leader(UNIT), id, "PERSON").then().statusCode(200);
        given().header("Authorization", Officers.clerk(UNIT)).post("/api/v1/outgoing-documents/{id}/registration", id)
                .then().statusCode(200);
        sign(Officers.clerk(UNIT), id, "ORGANISATION").then().statusCode(200);
        given().header("Authorization", Officers.clerk(UNIT)).post("/api/v1/outgoing-documents/{id}/issue", id)
                .then().statusCode(200);
        return id;
    }

    private static Response sign(String bearer, String id, String role) {
        return given().header("Authorization", bearer).contentType("application/json")
                .body("{\"role\":\"" + role + "\"}").post("/api/v1/outgoing-documents/{id}/signatures", id);
    }

    private static int rowsOf(String code) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select count(*) from dossier where code = '" + code + "' and owner_hash is not null")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
