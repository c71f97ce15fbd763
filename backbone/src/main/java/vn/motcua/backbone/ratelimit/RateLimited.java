package vn.motcua.backbone.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits the requests one client may make to a public endpoint (or every endpoint of a resource class):
 * {@code motcua.rate-limit.<group>.requests-per-minute} per client address, a token bucket per client and group
 * ({@link RateLimits}). Over the limit: 429 problem+json with Retry-After ({@link RateLimitFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RateLimited {

    /** The endpoint group: its limit is configured under {@code motcua.rate-limit.<group>}. */
    String value();
}
