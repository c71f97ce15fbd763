package vn.motcua.backbone.sample;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import vn.motcua.backbone.ratelimit.RateLimited;

/** A public endpoint with a small per-client limit (motcua.rate-limit.sample, see application.properties). */
@Path("/test/limited")
@PermitAll
public class SampleLimitedResource {

    @GET
    @RateLimited("sample")
    public String hello() {
        return "hello";
    }

    @GET
    @Path("/free")
    public String free() {
        return "free";
    }
}
