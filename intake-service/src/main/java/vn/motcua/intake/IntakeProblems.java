package vn.motcua.intake;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.backbone.problem.Problem;

/** Problems specific to this service, in the backbone's problem+json shape. */
public class IntakeProblems {

    /** A change the effective dating of units does not allow, e.g. reusing an ended code. */
    @ServerExceptionMapper
    public Response unitChangeRefused(vn.motcua.intake.unit.UnitChangeRefused e, UriInfo uri) {
        return respond(409, "unit-change-refused", "Conflict with the current state", e.getMessage(), uri,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    /** 415 naming the header at fault, like every other invalid input. */
    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return respond(415, "unsupported-media-type", "Unsupported media type",
                "Send the body as application/json", uri,
                List.of(new Problem.FieldError("Content-Type", "must be application/json")));
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(Problem.type(slug), title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
