package vn.motcua.backbone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.UnitEvents;

/**
 * The scope learns the unit tree from motcua.reference as the intake service publishes it: a commune
 * (its own unit only), its district's supervisor (the district and the commune), and another district.
 */
@QuarkusTest
class UnitScopeTest {

    @Inject
    UnitScope scope;

    @Test
    void aSupervisorCoversTheUnitsBelowTheirsAndNobodyElseDoes() {
        UnitEvents.publish("77", "PROVINCE", null);
        UnitEvents.publish("771", "DISTRICT", "77");
        UnitEvents.publish("772", "DISTRICT", "77");
        UnitEvents.publish("77101", "COMMUNE", "771");
        await().atMost(Duration.ofSeconds(30)).until(() -> scope.tree().knows("77101") && scope.tree().knows("772"));

        assertThat(scope.covers("771", true, "77101")).as("its district's supervisor").isTrue();
        assertThat(scope.covers("77", true, "77101")).as("the province, like the provincial system's client").isTrue();
        assertThat(scope.covers("772", true, "77101")).as("another district's supervisor").isFalse();
        assertThat(scope.covers("771", false, "77101")).as("the district's front desk").isFalse();
        assertThat(scope.covers("77101", true, "771")).as("the commune, about its district").isFalse();
        assertThat(scope.covers("77101", false, "77101")).as("the commune, about itself").isTrue();
    }

    @Test
    void readinessSaysHowManyUnitsTheTreeKnowsAndWhetherItFollowsTheTopic() {
        UnitEvents.publish("75", "PROVINCE", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> scope.tree().knows("75"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'unit tree' }.data.units", greaterThanOrEqualTo(1))
                .body("checks.find { it.name == 'unit tree' }.data.reader", startsWith("following since"));
    }
}
