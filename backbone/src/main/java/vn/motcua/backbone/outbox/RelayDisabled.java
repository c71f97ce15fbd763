package vn.motcua.backbone.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lets an operator (or a test) switch the scheduled relay off with {@code motcua.outbox.relay.enabled=false}. */
@Singleton
public class RelayDisabled implements Scheduled.SkipPredicate {

    @ConfigProperty(name = "motcua.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
