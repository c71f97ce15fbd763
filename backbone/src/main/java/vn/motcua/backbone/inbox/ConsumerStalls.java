package vn.motcua.backbone.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

/**
 * Makes a consumer that waits on a transient failure visible: gauge {@code motcua_consumer_stalled{consumer}} (1
 * while stalled), counter {@code motcua_consumer_retries_total{consumer}}, one log line when a stall begins and
 * one when it ends, and a detail in the readiness check naming the cause. The check stays UP: the service still
 * answers its API; the gauge is what alerts ({@link ConsumerStallsCheck}).
 */
@ApplicationScoped
public class ConsumerStalls {

    private static final Logger LOG = Logger.getLogger(ConsumerStalls.class);

    private record Stall(Instant since, int retries, String cause) {
    }

    private final MeterRegistry registry;
    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> gauges = new ConcurrentHashMap<>();

    ConsumerStalls(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A retry is coming after {@code failure}; logs only the first of a stall. */
    void failed(String consumer, Throwable failure) {
        String cause = describe(failure);
        Stall previous = stalls.get(consumer);
        if (previous == null) {
            LOG.warnf("Consumer %s stalled, retrying the same events until this clears: %s", consumer, cause);
            stalls.put(consumer, new Stall(Instant.now(), 1, cause));
        } else {
            stalls.put(consumer, new Stall(previous.since(), previous.retries() + 1, cause));
        }
        gauge(consumer).set(1);
        Counter.builder("motcua_consumer_retries_total").tag("consumer", consumer)
                .description("Batches retried after a transient failure").register(registry).increment();
    }

    /** The consumer applied a batch; ends a stall if there was one. */
    void succeeded(String consumer) {
        Stall ended = stalls.remove(consumer);
        gauge(consumer).set(0);
        if (ended != null) {
            LOG.infof("Consumer %s resumed after %d retries over %s (last cause: %s)", consumer, ended.retries(),
                    Duration.between(ended.since(), Instant.now()).withNanos(0), ended.cause());
        }
    }

    /** Whether the consumer is waiting on a transient failure now. */
    public boolean isStalled(String consumer) {
        return stalls.containsKey(consumer);
    }

    private AtomicInteger gauge(String consumer) {
        return gauges.computeIfAbsent(consumer, name -> registry.gauge("motcua_consumer_stalled",
                io.micrometer.core.instrument.Tags.of("consumer", name), new AtomicInteger()));
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure ? own : own + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /** The readiness detail: every stalled consumer with its cause. */
    HealthCheckResponse health() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers").up();
        stalls.forEach((consumer, stall) -> response.withData(consumer, "stalled since " + stall.since() + " after "
                + stall.retries() + " retries: " + stall.cause()));
        return response.build();
    }
}
