package vn.motcua.backbone.sample;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** An endpoint whose author forgot to say who may call it, beside one that says so. */
@Path("/test/forgotten")
public class ForgottenRulesResource {

    @GET
    public String read() {
        return "anyone could read this";
    }

    @POST
    public String change() {
        return "anyone could change this";
    }

    @GET
    @Path("/public")
    @PermitAll
    public String stated() {
        return "public on purpose";
    }
}
