package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.workflow.rest.DossierActionsTest.act;
import static vn.motcua.workflow.rest.DossierActionsTest.bearer;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * Issue 17 item 2: fees at the counter. A certification procedure takes its fee on reception; a fee keeps its
 * amount and receipt number and shows in the timeline, the dossier and form 05; an amount of 0 or a payment without
 * a receipt number is refused naming the field.
 */
@QuarkusTest
class FeesTest {

    private static final String UNIT = "31662";
    private static final Instant DUE = Instant.parse("2027-05-28T10:00:00Z");

    @Test
    void aCertificationFeeIsPaidAtTheCounterOnReceptionAndShownWhereverTheDossierIs() {
        Announced dossier = TestDossiers.receivedInField(UNIT, DUE, "chung-thuc");
        act(dossier, "fee-paid", "front-desk", Map.of("version", 0, "amountVnd", 20_000, "receiptNumber", "0001234"))
                .then().statusCode(200).body("nationalStatus", equalTo(2)).body("feePaidVnd", equalTo(20_000))
                .body("feeReceiptNumber", equalTo("0001234"));
        given().header("Authorization", bearer("leader", UNIT)).get("/api/v1/dossiers/{code}", dossier.code())
                .then().statusCode(200).body("feePaidVnd", equalTo(20_000)).body("feeReceiptNumber", equalTo("0001234"));
        given().header("Authorization", bearer("leader", UNIT)).get("/api/v1/timelines/{code}", dossier.code())
                .then().statusCode(200).body("[1].action", equalTo("RECORD_FEE_PAID"))
                .body("[1].amountVnd", equalTo(20_000)).body("[1].receiptNumber", equalTo("0001234"))
                .body("[1].actorName", equalTo("front-desk.officer"));
        given().header("Authorization", bearer("leader", UNIT))
                .get("/api/v1/dossiers/{code}/control-sheet", dossier.code()).then().statusCode(200)
                .body("fees[0].amountVnd", equalTo(20_000)).body("fees[0].receiptNumber", equalTo("0001234"))
                .body("fees[0].title", equalTo("Thu phí, lệ phí"));
        given().header("Authorization", bearer("front-desk", UNIT))
                .get("/api/v1/dossiers/{code}/actions", dossier.code()).then().statusCode(200)
                .body("actions.action", hasItem("REQUEST_FEE"));
    }

    @Test
    void aFeeRequestedOnReceptionIsPaidAndProcessingGoesOn() {
        Announced dossier = TestDossiers.receivedInField(UNIT, DUE, "chung-thuc");
        act(dossier, "fee-request", "front-desk", Map.of("version", 0, "amountVnd", 10_000)).then().statusCode(200)
                .body("nationalStatus", equalTo(6)).body("feeRequestedVnd", equalTo(10_000));
        act(dossier, "fee-paid", "front-desk", Map.of("version", 1, "amountVnd", 10_000, "receiptNumber", "BL-7"))
                .then().statusCode(200).body("nationalStatus", equalTo(4)).body("feePaidVnd", equalTo(10_000));
    }

    @Test
    void aProcedureThatDoesNotTakeItsFeeOnReceptionIsRefusedThere() {
        Announced dossier = TestDossiers.received(UNIT, DUE);  // hộ tịch
        act(dossier, "fee-request", "front-desk", Map.of("version", 0, "amountVnd", 10_000)).then().statusCode(409)
                .body("type", endsWith("/step-does-not-allow"));
    }

    @Test
    void anAmountOfNothingOrAPaymentWithoutItsReceiptIsRefusedNamingTheField() {
        Announced dossier = TestDossiers.receivedInField(UNIT, DUE, "chung-thuc");
        act(dossier, "fee-paid", "front-desk", Map.of("version", 0, "amountVnd", 0, "receiptNumber", "1"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("amountVnd"));
        act(dossier, "fee-paid", "front-desk", Map.of("version", 0, "amountVnd", 5_000)).then().statusCode(400)
                .body("errors[0].field", equalTo("receiptNumber")).body("detail", containsString("receiptNumber"));
        act(dossier, "fee-paid", "front-desk", Map.of("version", 0, "amountVnd", 5_000, "receiptNumber", " "))
                .then().statusCode(400).body("errors[0].field", equalTo("receiptNumber"));
        given().header("Authorization", bearer("leader", UNIT)).get("/api/v1/dossiers/{code}", dossier.code())
                .then().statusCode(200).body("version", equalTo(0));
    }
}
