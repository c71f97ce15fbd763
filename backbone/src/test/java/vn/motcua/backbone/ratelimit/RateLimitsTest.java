package vn.motcua.backbone.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket itself, on a hand-moved clock. */
class RateLimitsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimits limits = new RateLimits(new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(Map.of("motcua.rate-limit.g.requests-per-minute", "6"), "test",
                    500))
            .build(), 3, nanos::get);

    @Test
    void aClientBurstsUpToTheLimitThenGetsOneTokenBackPerInterval() {
        for (int i = 0; i < 6; i++) {
            assertThat(limits.take("g", "a")).isEmpty();
        }
        assertThat(limits.take("g", "a")).hasValue(10); // 6 per minute: one token every 10 s
        nanos.addAndGet(10_000_000_000L);
        assertThat(limits.take("g", "a")).isEmpty();
        assertThat(limits.take("g", "a")).isPresent();
        assertThat(limits.take("g", "b")).isEmpty();
    }

    @Test
    void idleClientsExpireAndMemoryStaysBoundedUnderAFloodOfAddresses() {
        for (int i = 0; i < 1000; i++) {
            limits.take("g", "10.0.0." + i);
        }
        assertThat(limits.tracked()).isLessThanOrEqualTo(4); // 3 clients + the shared overflow bucket
        nanos.addAndGet(60_000_000_000L);
        limits.expireIdle();
        assertThat(limits.tracked()).isZero();
    }
}
