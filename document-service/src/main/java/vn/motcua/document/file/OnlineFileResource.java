package vn.motcua.document.file;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.ratelimit.RateLimited;
import vn.motcua.document.register.ResultLookupResource;

/**
 * The citizen's files of an online submission (hồ sơ nộp trực tuyến): public, proven by the lookup secret shown
 * at submission (header {@code Lookup-Secret}), one component's file per request as the raw body, streamed with
 * the same limits and type checks as the desk's uploads. A wrong secret and an unknown dossier both answer 404.
 */
@Path("/api/v1/online/dossiers/{dossierCode}/files")
@Tag(name = "online submission")
@Produces(MediaType.APPLICATION_JSON)
public class OnlineFileResource {

    private final FileService files;

    OnlineFileResource(FileService files) {
        this.files = files;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    @RateLimited("online-upload")
    @Operation(summary = "Upload a component's file of your online dossier while it waits for the desk "
            + "(lookup secret required; type detected from the content; size limit motcua.files.max-size)")
    public Response upload(@PathParam("dossierCode") String dossierCode,
            @HeaderParam(ResultLookupResource.SECRET_HEADER) String secret,
            @QueryParam("component") @Size(max = 300) String component,
            @QueryParam("name") @Size(max = 255) String name,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            InputStream body) {
        String named = FileResource.blankToEmpty(component).orElseThrow(
                () -> ProblemException.invalid("component", "name the dossier component this file is"));
        FileView file = files.uploadOnline(dossierCode, secret, named, FileResource.blankToEmpty(name), body,
                contentLength == null ? OptionalLong.empty() : OptionalLong.of(contentLength));
        return Response.status(Response.Status.CREATED).entity(file).build();
    }
}
