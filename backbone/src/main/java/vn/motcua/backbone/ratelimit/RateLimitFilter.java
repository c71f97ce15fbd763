package vn.motcua.backbone.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.motcua.backbone.problem.Problem;

/**
 * Applies {@link RateLimited} before the resource method runs. The client is the remote address as Quarkus
 * resolves it: the peer's, or the X-Forwarded-For address when the peer is one of
 * {@code quarkus.http.proxy.trusted-proxies} (none by default, so a client cannot pick its own bucket).
 */
public class RateLimitFilter {

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter
    public Response limit(ResourceInfo resource, HttpServerRequest http, UriInfo uri) {
        RateLimited limited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null && resource.getResourceClass() != null) {
            limited = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        if (limited == null) {
            return null;
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        OptionalLong retryAfter = limits.take(limited.value(), client);
        if (retryAfter.isEmpty()) {
            return null;
        }
        Problem body = new Problem(Problem.type("too-many-requests"), "Too many requests", 429,
                "at most " + limits.limit(limited.value()) + " requests per minute from one client to these "
                        + "endpoints (" + limited.value() + "); retry after " + retryAfter.getAsLong() + " s",
                uri.getRequestUri().getPath(), List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(body)
                .header("Retry-After", retryAfter.getAsLong()).build();
    }
}
