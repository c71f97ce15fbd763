package vn.motcua.backbone.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /q/health/ready} names each stalled consumer and why. */
@Readiness
@ApplicationScoped
public class ConsumerStallsCheck implements HealthCheck {

    private final ConsumerStalls stalls;

    ConsumerStallsCheck(ConsumerStalls stalls) {
        this.stalls = stalls;
    }

    @Override
    public HealthCheckResponse call() {
        return stalls.health();
    }
}
