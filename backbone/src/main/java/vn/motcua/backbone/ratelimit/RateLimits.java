package vn.motcua.backbone.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client and endpoint group, kept in this instance's memory (with several instances the limit
 * applies per instance). A group's bucket holds {@code motcua.rate-limit.<group>.requests-per-minute} tokens
 * (default {@code motcua.rate-limit.default.requests-per-minute}) and refills at that rate, so a client may burst
 * up to the limit and then continues at the limit.
 *
 * <p>Memory is bounded: buckets that have refilled (idle clients) are dropped every minute, and beyond
 * {@code motcua.rate-limit.max-clients} buckets new clients share one overflow bucket per group until idle ones
 * expire, so a flood of addresses cannot exhaust the heap.
 */
@ApplicationScoped
public class RateLimits {

    static final String OVERFLOW = "(overflow)";
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private record Key(String group, String client) {
    }

    /** Tokens as of {@code at} (System.nanoTime); whether the last request was admitted. */
    private record Bucket(double tokens, long at, boolean admitted) {
    }

    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Integer> limits = new ConcurrentHashMap<>();
    private final Config config;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final AtomicLong lastFullSweep = new AtomicLong(Long.MIN_VALUE);

    @Inject
    RateLimits(Config config, @ConfigProperty(name = "motcua.rate-limit.max-clients", defaultValue = "100000")
            int maxClients) {
        this(config, maxClients, System::nanoTime);
    }

    RateLimits(Config config, int maxClients, LongSupplier nanoTime) {
        this.config = config;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
    }

    /** The configured requests per minute of a group. */
    public int limit(String group) {
        return limits.computeIfAbsent(group, g -> {
            int limit = config.getOptionalValue("motcua.rate-limit." + g + ".requests-per-minute", Integer.class)
                    .orElseGet(() -> config.getOptionalValue("motcua.rate-limit.default.requests-per-minute",
                            Integer.class).orElse(60));
            if (limit < 1) {
                throw new IllegalStateException("motcua.rate-limit." + g + ".requests-per-minute must be at least 1");
            }
            return limit;
        });
    }

    /**
     * Takes one token from the client's bucket of {@code group}.
     *
     * @return empty when admitted, else the seconds after which one token will be back (for Retry-After)
     */
    public OptionalLong take(String group, String client) {
        int limit = limit(group);
        long now = nanoTime.getAsLong();
        Key key = new Key(group, client);
        if (!buckets.containsKey(key) && buckets.size() >= maxClients) {
            long last = lastFullSweep.get();
            // at most one sweep a second when full, so a flood of new addresses cannot keep the CPU sweeping
            if ((last == Long.MIN_VALUE || now - last >= 1_000_000_000L) && lastFullSweep.compareAndSet(last, now)) {
                expireIdle();
            }
            if (buckets.size() >= maxClients) {
                key = new Key(group, OVERFLOW);
            }
        }
        Bucket bucket = buckets.compute(key, (k, current) -> {
            double tokens = current == null ? limit
                    : Math.min(limit, current.tokens() + refilled(limit, now - current.at()));
            return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
        });
        if (!bucket.admitted()) {
            long waitNanos = (long) Math.ceil((1 - bucket.tokens()) * NANOS_PER_MINUTE / limit);
            return OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
        return OptionalLong.empty();
    }

    /** Drops the buckets that are full again: those clients have been idle long enough to start afresh. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireIdle() {
        long now = nanoTime.getAsLong();
        buckets.entrySet().removeIf(e -> {
            int limit = limit(e.getKey().group());
            return e.getValue().tokens() + refilled(limit, now - e.getValue().at()) >= limit;
        });
    }

    /** The tokens a bucket of {@code limit} per minute gains in {@code nanos}. */
    private static double refilled(int limit, long nanos) {
        return (double) nanos * limit / NANOS_PER_MINUTE;
    }

    /** How many clients have a bucket now (to show that memory stays bounded). */
    int tracked() {
        return buckets.size();
    }
}
