package vn.motcua.stats.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.DocumentEvents;
import vn.motcua.stats.DossierEvents;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.ProvincialAdmin;
import vn.motcua.testsupport.TestTokens;

/**
 * A rebuild reads both topics from their beginning into fresh tables and swaps them in: the reports give the
 * same numbers after it, and answer while it runs.
 */
@QuarkusTest
class RebuildTest {

    /** Only the provincial admin rebuilds: the figures of every unit are rebuilt. */
    private static String admin() {
        return ProvincialAdmin.bearer();
    }

    private final String district = UnitEvents.freshCode();
    private final String commune = UnitEvents.freshCode();
    private final String supervisor = TestTokens.user("giam.sat").roles("supervisor").unit(district).bearer();

    private static final List<String> REPORTS = List.of(
            "period=2022-Q3&includeDescendants=true&groupBy=unit",
            "period=2022-Q3&cutoff=calendar&includeDescendants=true&groupBy=field",
            "from=2022-09-14&to=2022-09-14&includeDescendants=true",
            "period=2022-Q3&includeDescendants=true&format=csv");

    private void publish() {
        UnitEvents.unit(district).untilReform("Huyện", "DISTRICT", null).publish();
        UnitEvents.unit(commune).untilReform("Xã", "COMMUNE", district).publish();
        DossierEvents atDistrict = new DossierEvents(district);
        atDistrict.received("A", "ho-tich", "ONLINE", "2022-06-10T09:00", "2022-06-20T17:00");
        String resolved = atDistrict.resolved("A", "ho-tich", "ONLINE", "2022-06-10T09:00", "2022-06-20T17:00",
                "2022-06-20T10:00");
        atDistrict.redeliverResolved(resolved, "A", "ho-tich", "ONLINE", "2022-06-10T09:00", "2022-06-20T17:00",
                "2022-06-20T10:00");
        atDistrict.received("B", "dat-dai", "IN_PERSON", "2022-08-01T09:00", "2022-08-10T17:00");
        atDistrict.deadlineExtended("B", "dat-dai", "2022-08-10T17:00", "2022-09-30T17:00", "2022-08-09T09:00");
        atDistrict.withdrawn("C", "2022-08-20T09:00");
        atDistrict.received("C", "dat-dai", "IN_PERSON", "2022-08-01T09:00", "2022-08-30T17:00");
        atDistrict.refused("D", "dat-dai", "IN_PERSON", "2022-07-02T09:00");
        DossierEvents atCommune = new DossierEvents(commune);
        atCommune.received("A", "chung-thuc", "POSTAL", "2022-09-01T09:00", "2022-09-05T17:00");
        atCommune.resolved("A", "chung-thuc", "POSTAL", "2022-09-01T09:00", "2022-09-05T17:00", "2022-09-08T10:00");
        atDistrict.rated(UUID.randomUUID().toString(), "A", "ho-tich", 4, "2022-06-21T09:00");
        atCommune.rated(UUID.randomUUID().toString(), "A", "chung-thuc", 2, "2022-09-09T09:00");
        atCommune.rated(UUID.randomUUID().toString(), "A", "chung-thuc", 5, "2022-09-10T09:00"); // rated again
        DocumentEvents documents = new DocumentEvents(district);
        documents.registered(UUID.randomUUID().toString(), "d1", "FULLY_ELECTRONIC", "2022-07-01");
        documents.registered(UUID.randomUUID().toString(), "d2", "PAPER_ONLY", "2022-07-02");
        documents.incoming("i1", "2022-07-03");
        documents.signed("d1", "PERSON", 2, "2022-07-01T10:00");
        documents.componentDigitised("b1", "B", "dat-dai", "2022-08-05T09:00");
        documents.componentDigitised("b1", "B", "dat-dai", "2022-08-01T09:30"); // earlier, arriving later
        documents.resultDigitised("ar", "A", "ho-tich", "2022-06-20T10:00");
    }

    /** The ratings and document counts a rebuild must give back, besides the dossier report's. */
    private static final List<String> OTHER_REPORTS = List.of(
            "service-index?period=2022-Q3&includeDescendants=true",
            "documents?period=2022-Q3&includeDescendants=true",
            "digitisation?from=2022-06-01&to=2022-08-31&includeDescendants=true");

    private String other(String pathAndQuery) {
        return given().header("Authorization", supervisor).get("/api/v1/reports/" + pathAndQuery)
                .then().statusCode(200).extract().asString();
    }

    @Inject
    DataSource dataSource;

    /** Loses the ratings and document counts of this test's units, for the rebuild to restore. */
    private void loseTheRatingAndDocumentCounts() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ratings = c.prepareStatement("delete from rating_daily where unit_code in (?, ?)");
             PreparedStatement docs = c.prepareStatement("delete from document_daily where unit_code in (?, ?)")) {
            for (PreparedStatement p : List.of(ratings, docs)) {
                p.setString(1, district);
                p.setString(2, commune);
                assertThat(p.executeUpdate()).isPositive();
            }
        }
    }

    private String report(String query) {
        return given().header("Authorization", supervisor).get("/api/v1/reports/dossiers?" + query)
                .then().statusCode(200).extract().asString();
    }

    private static JsonPath rebuildStatus() {
        return given().header("Authorization", admin()).get("/api/v1/admin/rebuild").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aRebuildFromTheTopicsGivesIdenticalNumbers() throws SQLException {
        publish();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonPath total = JsonPath.from(report(REPORTS.get(0)));
            assertThat(total.getInt("total.receivedTotal")).isEqualTo(4);
            assertThat(total.getInt("total.resolvedOnTime")).isEqualTo(1);
            assertThat(total.getInt("total.resolvedLate")).isEqualTo(1);
            assertThat(total.getInt("total.withdrawn")).isEqualTo(1);
            assertThat(total.getInt("total.refused")).isEqualTo(1);
            assertThat(total.getInt("total.inProgressWithinDeadline")).isEqualTo(1);
            JsonPath index = JsonPath.from(other(OTHER_REPORTS.get(0)));
            assertThat(index.getLong("ratings")).isEqualTo(2);
            assertThat(index.getDouble("averageScore")).isEqualTo(3.0);
            JsonPath docs = JsonPath.from(other(OTHER_REPORTS.get(1)));
            assertThat(docs.getLong("total.outgoingTotal")).isEqualTo(2);
            assertThat(docs.getLong("total.incoming")).isEqualTo(1);
            assertThat(docs.getLong("total.signatures.PERSON")).isEqualTo(1);
            JsonPath digitised = JsonPath.from(other(OTHER_REPORTS.get(2)));
            assertThat(digitised.getLong("total.withDigitisedComponents")).isEqualTo(1);
            assertThat(digitised.getLong("total.withElectronicResult")).isEqualTo(1);
            assertThat(JsonPath.from(other("digitisation?from=2022-08-01&to=2022-08-01&includeDescendants=true"))
                    .getLong("total.withDigitisedComponents")).isEqualTo(1);
        });
        List<String> before = REPORTS.stream().map(this::report).toList();
        List<String> othersBefore = OTHER_REPORTS.stream().map(this::other).toList();
        loseTheRatingAndDocumentCounts();
        assertThat(OTHER_REPORTS.stream().map(this::other).toList()).isNotEqualTo(othersBefore);

        await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("READING", "SWAPPING")
                .contains(rebuildStatus().getString("state")));
        given().header("Authorization", admin()).post("/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            // the reports answer, with the same numbers, while the rebuild runs
            assertThat(report(REPORTS.get(0))).isEqualTo(before.get(0));
            assertThat(rebuildStatus().getString("state")).isEqualTo("DONE");
        });
        JsonPath done = rebuildStatus();
        assertThat(done.getLong("eventsRead")).isGreaterThanOrEqualTo(done.getLong("eventsToRead")).isPositive();
        assertThat(done.getLong("dossiers")).isPositive();
        assertThat(done.getLong("units")).isPositive();

        assertThat(REPORTS.stream().map(this::report).toList()).isEqualTo(before);
        assertThat(OTHER_REPORTS.stream().map(this::other).toList()).isEqualTo(othersBefore);

        // the live consumer goes on into the new tables
        new DossierEvents(district).received("E", "dat-dai", "IN_PERSON", "2022-09-01T09:00", "2022-09-30T17:00");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(JsonPath.from(report(REPORTS.get(0))).getInt("total.receivedTotal")).isEqualTo(5));
    }
}
