package vn.motcua.workflow.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code motcua.workflow.public.requests-per-minute} public requests (status lookups and ratings) per
 * client address per minute, so lookup secrets cannot be guessed at speed. A fixed one-minute window per address,
 * kept in this instance's memory: with several instances the limit applies per instance. Behind a proxy, enable
 * Quarkus' forwarded-address handling so the address is the client's, not the proxy's.
 */
@ApplicationScoped
public class ClientRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 100_000;

    /** The client went over the limit; it may try again after {@code retryAfterSeconds}. */
    public static class Exceeded extends RuntimeException {
        private final long retryAfterSeconds;

        Exceeded(long retryAfterSeconds, int limit) {
            super("at most " + limit + " public requests per minute from one address; retry after "
                    + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    ClientRateLimit(@ConfigProperty(name = "motcua.workflow.public.requests-per-minute", defaultValue = "30") int limit,
            Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts one request from {@code client}; throws {@link Exceeded} past the limit. */
    public void admit(String client) {
        Instant now = clock.instant();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        Window window = windows.compute(client, (key, current) ->
                current == null || !now.isBefore(current.start().plus(WINDOW)) ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        if (window.count() > limit) {
            long seconds = Math.max(1, Duration.between(now, window.start().plus(WINDOW)).toSeconds());
            throw new Exceeded(seconds, limit);
        }
    }
}
