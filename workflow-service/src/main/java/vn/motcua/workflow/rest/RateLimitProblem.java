package vn.motcua.workflow.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.backbone.problem.Problem;
import vn.motcua.workflow.citizen.ClientRateLimit;

/** 429 as problem+json, with Retry-After in seconds. */
public class RateLimitProblem {

    @ServerExceptionMapper
    public Response tooManyRequests(ClientRateLimit.Exceeded e, UriInfo uri) {
        Problem body = new Problem(Problem.type("too-many-requests"), "Too many requests", 429, e.getMessage(),
                uri.getRequestUri().getPath(), List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(body)
                .header("Retry-After", e.retryAfterSeconds()).build();
    }
}
