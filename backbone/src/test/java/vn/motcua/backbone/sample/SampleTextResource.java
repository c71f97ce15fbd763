package vn.motcua.backbone.sample;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import vn.motcua.backbone.text.MultiLine;

/** Echoes text, to show which input the backbone lets through. */
@Path("/test/texts")
@PermitAll
public class SampleTextResource {

    public record Person(String name, @MultiLine String address) {
    }

    public record Letter(Person applicant, List<String> tags, @MultiLine String note) {
    }

    @POST
    public Letter echo(Letter letter) {
        return letter;
    }

    @GET
    @Path("/{code}")
    public String lookup(@PathParam("code") String code, @QueryParam("q") String q) {
        return code + "/" + q;
    }
}
