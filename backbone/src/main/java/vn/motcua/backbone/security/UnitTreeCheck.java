package vn.motcua.backbone.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready} says how many units the tree knows and whether it follows {@code motcua.reference}
 * or retries, since when and why. Up either way: without the tree, callers see their own unit only.
 */
@Readiness
@ApplicationScoped
public class UnitTreeCheck implements HealthCheck {

    private final UnitScope scope;
    private final ReferenceUnitsReader reader;

    UnitTreeCheck(UnitScope scope, ReferenceUnitsReader reader) {
        this.scope = scope;
        this.reader = reader;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("unit tree").up()
                .withData("units", scope.tree().size())
                .withData("reader", describe(reader))
                .build();
    }

    static String describe(ReferenceUnitsReader reader) {
        if (!reader.enabled()) {
            return "off (motcua.unit-scope.enabled=false)";
        }
        ReferenceUnitsReader.State state = reader.state();
        if (state.following()) {
            return "following since " + state.since();
        }
        return state.cause().map(cause -> "retrying since " + state.since() + " because " + cause)
                .orElse("starting since " + state.since());
    }
}
