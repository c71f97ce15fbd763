package vn.motcua.stats.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.DocumentEvents;
import vn.motcua.stats.DossierEvents;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * The documents and digitisation reports and the service index's digitisation rate, from real events through
 * Kafka, for official Q3 2022 (15 June to 14 September). District D, with commune C under it:
 * <ul>
 * <li>D's outgoing documents: d1 fully electronic on 1 July (its event redelivered, and registered again under
 * another event id), d2 fully electronic on 14 September (the last day), d3 paper only on 1 August, d4 electronic
 * and paper on 15 September (official Q4). Fully electronic 2 of 3: 66.67%. Incoming: i1 on 15 June (the first
 * day), i2 on 14 June (Q2). Signatures: d1 by the person and the organisation, d2 by the person at 23:30 on
 * 14 September (Vietnamese time), d1's person signature sent twice.</li>
 * <li>C: c1 paper only on 10 July, one incoming. With descendants: 4 outgoing, 2 fully electronic: 50.00%.</li>
 * <li>D's dossiers: A and B (ho-tich) and C (dat-dai) received in July, E (dat-dai) on 1 May. Components: A two
 * files (one dossier), B one; E digitised on 5 July and then, arriving later, on 2 May (E counts in May, not in
 * Q3). Results: A, and C twice. Q3: ho-tich 2 received, 2 digitised (100%), 1 result; dat-dai 1 received,
 * 0 digitised (0%), 1 result; total 3, 2, 2, 66.67%.</li>
 * </ul>
 */
@QuarkusTest
class DocumentReportTest {

    @Test
    void documentsByDeliveryModeIncomingSignaturesAndDigitisationByField() {
        String district = UnitEvents.freshCode();
        String commune = UnitEvents.freshCode();
        UnitEvents.unit(district).untilReform("Huyện D", "DISTRICT", null).publish();
        UnitEvents.unit(commune).untilReform("Xã C", "COMMUNE", district).publish();
        DocumentEvents d = new DocumentEvents(district);
        String d1 = d.registered(UUID.randomUUID().toString(), "d1", "FULLY_ELECTRONIC", "2022-07-01");
        d.registered(d1, "d1", "FULLY_ELECTRONIC", "2022-07-01");
        d.registered(UUID.randomUUID().toString(), "d1", "FULLY_ELECTRONIC", "2022-07-01");
        d.registered(UUID.randomUUID().toString(), "d2", "FULLY_ELECTRONIC", "2022-09-14");
        d.registered(UUID.randomUUID().toString(), "d3", "PAPER_ONLY", "2022-08-01");
        d.registered(UUID.randomUUID().toString(), "d4", "ELECTRONIC_AND_PAPER", "2022-09-15");
        d.incoming("i1", "2022-06-15");
        d.incoming("i2", "2022-06-14");
        d.signed("d1", "PERSON", 2, "2022-07-01T10:00");
        d.signed("d1", "PERSON", 2, "2022-07-01T10:00");
        d.signed("d1", "ORGANISATION", 3, "2022-07-01T11:00");
        d.signed("d2", "PERSON", 2, "2022-09-14T23:30");
        DocumentEvents c = new DocumentEvents(commune);
        c.registered(UUID.randomUUID().toString(), "c1", "PAPER_ONLY", "2022-07-10");
        c.incoming("ci1", "2022-07-10");

        DossierEvents dossiers = new DossierEvents(district);
        dossiers.received("A", "ho-tich", "ONLINE", "2022-07-01T09:00", "2022-07-10T17:00");
        dossiers.received("B", "ho-tich", "IN_PERSON", "2022-07-02T09:00", "2022-07-10T17:00");
        dossiers.received("C", "dat-dai", "IN_PERSON", "2022-07-03T09:00", "2022-07-20T17:00");
        dossiers.received("E", "dat-dai", "IN_PERSON", "2022-05-01T09:00", "2022-05-20T17:00");
        d.componentDigitised("a1", "A", "ho-tich", "2022-07-01T09:10");
        d.componentDigitised("a2", "A", "ho-tich", "2022-07-02T09:10");
        d.componentDigitised("b1", "B", "ho-tich", "2022-07-02T09:20");
        d.componentDigitised("e1", "E", "dat-dai", "2022-07-05T09:00");
        d.componentDigitised("e1", "E", "dat-dai", "2022-05-02T09:00"); // earlier, arriving later
        d.resultDigitised("ar", "A", "ho-tich", "2022-07-09T15:00");
        d.resultDigitised("cr1", "C", "dat-dai", "2022-07-11T15:00");
        d.resultDigitised("cr2", "C", "dat-dai", "2022-07-12T15:00");

        String supervisor = TestTokens.user("giam.sat.vb").roles("supervisor").unit(district).bearer();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonPath own = report(supervisor, "documents?period=2022-Q3");
            assertThat(own.getList("rows")).hasSize(1);
            assertThat(own.getLong("total.outgoing.FULLY_ELECTRONIC")).isEqualTo(2);
            assertThat(own.getLong("total.outgoing.PAPER_ONLY")).isEqualTo(1);
            assertThat(own.getLong("total.outgoing.ELECTRONIC_AND_PAPER")).isZero();
            assertThat(own.getLong("total.outgoingTotal")).isEqualTo(3);
            assertThat(own.getDouble("total.fullyElectronicRate")).isCloseTo(66.67, within(0.001));
            assertThat(own.getLong("total.incoming")).isEqualTo(1);
            assertThat(own.getLong("total.signatures.PERSON")).isEqualTo(2);
            assertThat(own.getLong("total.signatures.ORGANISATION")).isEqualTo(1);

            JsonPath tree = report(supervisor, "documents?period=2022-Q3&includeDescendants=true");
            assertThat(tree.getList("rows.unit", String.class)).containsExactlyInAnyOrder(district, commune);
            assertThat(tree.getLong("rows.find { it.unit == '" + commune + "' }.outgoing.PAPER_ONLY")).isEqualTo(1);
            assertThat(tree.getLong("total.outgoingTotal")).isEqualTo(4);
            assertThat(tree.getDouble("total.fullyElectronicRate")).isCloseTo(50.0, within(0.001));
            assertThat(tree.getLong("total.incoming")).isEqualTo(2);

            JsonPath q4 = report(supervisor, "documents?period=2022-Q4");
            assertThat(q4.getLong("total.outgoing.ELECTRONIC_AND_PAPER")).isEqualTo(1);
            assertThat(q4.getLong("total.signatures.PERSON")).isZero();

            JsonPath digitised = report(supervisor, "digitisation?period=2022-Q3");
            assertThat(digitised.getList("rows.field", String.class)).containsExactly("dat-dai", "ho-tich");
            assertThat(digitised.getLong("rows[1].received")).isEqualTo(2);
            assertThat(digitised.getLong("rows[1].withDigitisedComponents")).isEqualTo(2);
            assertThat(digitised.getLong("rows[1].withElectronicResult")).isEqualTo(1);
            assertThat(digitised.getDouble("rows[1].digitisationRate")).isCloseTo(100.0, within(0.001));
            assertThat(digitised.getLong("rows[0].received")).isEqualTo(1);
            assertThat(digitised.getLong("rows[0].withDigitisedComponents")).isZero();
            assertThat(digitised.getLong("rows[0].withElectronicResult")).isEqualTo(1);
            assertThat(digitised.getDouble("rows[0].digitisationRate")).isCloseTo(0.0, within(0.001));
            assertThat(digitised.getLong("total.received")).isEqualTo(3);
            assertThat(digitised.getLong("total.withDigitisedComponents")).isEqualTo(2);
            assertThat(digitised.getLong("total.withElectronicResult")).isEqualTo(2);
            assertThat(digitised.getDouble("total.digitisationRate")).isCloseTo(66.67, within(0.001));

            JsonPath may = report(supervisor, "digitisation?from=2022-05-01&to=2022-05-31");
            assertThat(may.getLong("total.received")).isEqualTo(1);
            assertThat(may.getLong("total.withDigitisedComponents")).isEqualTo(1);

            JsonPath index = report(supervisor, "service-index?period=2022-Q3");
            assertThat(index.getLong("withDigitisedComponents")).isEqualTo(2);
            assertThat(index.getDouble("digitisationRate")).isCloseTo(66.67, within(0.001));
            assertThat(index.getList("notComputed", String.class)).noneMatch(n -> n.startsWith("digitisation"));
        });

        // the commune's supervisor does not see the district's documents (404, as for an unknown unit)
        String communeSupervisor = TestTokens.user("giam.sat.xa").roles("supervisor").unit(commune).bearer();
        given().header("Authorization", communeSupervisor)
                .get("/api/v1/reports/documents?period=2022-Q3&unit=" + district).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", supervisor)
                .get("/api/v1/reports/digitisation?period=2022-Q9").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static JsonPath report(String bearer, String pathAndQuery) {
        return given().header("Authorization", bearer).get("/api/v1/reports/" + pathAndQuery).then().statusCode(200)
                .extract().jsonPath();
    }
}
