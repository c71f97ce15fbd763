package vn.motcua.document.file;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;

/** Dossier components, results and other documents' files: streamed upload, versions, verified download. */
@Path("/api/v1")
@Tag(name = "files")
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {

    /** Re-use a component of an earlier dossier of the unit. */
    public record ReuseRequest(@NotNull UUID sourceFileId, @NotBlank @Size(max = 300) String component) {
    }

    private final FileService files;
    private final Caller caller;

    FileResource(FileService files, Caller caller) {
        this.files = files;
        this.caller = caller;
    }

    @POST
    @Path("/files")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "Upload a file as the request body (streamed; type detected from the content; "
            + "size limit motcua.files.max-size, 50 MB by default)")
    public Response upload(@QueryParam("provenance") String provenance,
            @QueryParam("dossierCode") String dossierCode,
            @QueryParam("component") @Size(max = 300) String component,
            @QueryParam("name") @Size(max = 255) String name,
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            InputStream body) {
        FileService.Created created = files.upload(new FileService.Upload(provenanceOf(provenance),
                        blankToEmpty(dossierCode),
                        blankToEmpty(component), blankToEmpty(name), blankToEmpty(idempotencyKey)),
                body, length(contentLength), actor());
        return created(created);
    }

    @POST
    @Path("/files/{id}/versions")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "Add a new version of a file; earlier versions are kept unchanged")
    public Response addVersion(@PathParam("id") UUID id, @QueryParam("name") @Size(max = 255) String name,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) {
        FileView file = files.addVersion(id, body, length(contentLength), blankToEmpty(name), actor());
        return Response.status(Response.Status.CREATED).entity(file)
                .location(URI.create("/api/v1/files/" + id + "/versions/" + file.currentVersion())).build();
    }

    @GET
    @Path("/files/{id}")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "A file and its versions")
    public FileView get(@PathParam("id") UUID id) {
        return files.get(id, caller.requireUnit());
    }

    @GET
    @Path("/files/{id}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "The current version's content, served only if it still matches its SHA-256")
    public Response content(@PathParam("id") UUID id) {
        return Downloads.of(files.read(id, Optional.empty(), caller.requireUnit()));
    }

    @GET
    @Path("/files/{id}/versions/{version}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "One version's content, served only if it still matches its SHA-256")
    public Response versionContent(@PathParam("id") UUID id, @PathParam("version") int version) {
        return Downloads.of(files.read(id, Optional.of(version), caller.requireUnit()));
    }

    @GET
    @Path("/dossiers/{dossierCode}/files")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "The files of a dossier of your unit")
    public List<FileView> ofDossier(@PathParam("dossierCode") String dossierCode) {
        return files.ofDossier(dossierCode, caller.requireUnit());
    }

    @POST
    @Path("/dossiers/{dossierCode}/files/reused")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST})
    @Operation(summary = "Re-use a digitised component of an earlier dossier of your unit (no copy is made)")
    public Response reuse(@PathParam("dossierCode") String dossierCode,
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull ReuseRequest request) {
        return created(files.reuse(request.sourceFileId(), dossierCode, request.component(),
                blankToEmpty(idempotencyKey), actor()));
    }

    private static Provenance provenanceOf(String value) {
        try {
            return Provenance.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("provenance", "one of " + List.of(Provenance.values()));
        }
    }

    private FileService.Actor actor() {
        return new FileService.Actor(caller.username(), caller.requireUnit(), caller.roles());
    }

    private static Response created(FileService.Created created) {
        FileView file = created.file();
        return Response.status(created.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/files/" + file.id())).entity(file).build();
    }

    private static OptionalLong length(Long contentLength) {
        return contentLength == null ? OptionalLong.empty() : OptionalLong.of(contentLength);
    }

    static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

}
