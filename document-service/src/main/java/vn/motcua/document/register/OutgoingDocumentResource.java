package vn.motcua.document.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.paging.Page;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.contracts.document.SignerRole;
import vn.motcua.document.file.FileService;

/** The outgoing register (văn bản đi): drafts, signatures, numbering and issue, for the caller's unit. */
@Path("/api/v1/outgoing-documents")
@Tag(name = "register")
@Produces(MediaType.APPLICATION_JSON)
public class OutgoingDocumentResource {

    /** Sign as the competent person (a leader) or as the organisation (the clerical office). */
    public record SignRequest(@NotNull SignerRole role) {
    }

    private final OutgoingService documents;
    private final OutgoingSigning signing;
    private final Caller caller;

    OutgoingDocumentResource(OutgoingService documents, OutgoingSigning signing, Caller caller) {
        this.documents = documents;
        this.signing = signing;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "Create a draft outgoing document (a dossier's result or any other document)")
    public Response create(@HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull NewOutgoing request) {
        OutgoingService.Created created = documents.create(request,
                Optional.ofNullable(idempotencyKey).filter(k -> !k.isBlank()), actor());
        return Response.status(created.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/outgoing-documents/" + created.document().id()))
                .entity(created.document()).build();
    }

    @GET
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "Outgoing documents of your unit, newest first, paged")
    public Page<OutgoingView> list(@QueryParam("year") Integer year, @QueryParam("series") String series,
            @QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return documents.list(caller.requireUnit(), Optional.ofNullable(year),
                Optional.ofNullable(series).map(s -> parse(Series.class, "series", s)),
                Optional.ofNullable(status).map(s -> parse(OutgoingStatus.class, "status", s)),
                IncomingDocumentResource.pageOf(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "One outgoing document of your unit")
    public OutgoingView get(@PathParam("id") UUID id) {
        return documents.get(id, caller.requireUnit());
    }

    @POST
    @Path("/{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEADER, Roles.CLERK})
    @Operation(summary = "Sign the document's PDF (PAdES baseline B): PERSON by a leader before numbering, "
            + "ORGANISATION by the clerical office after")
    public OutgoingView sign(@PathParam("id") UUID id, @Valid @NotNull SignRequest request) {
        return signing.sign(id, request.role(), actor());
    }

    @POST
    @Path("/{id}/registration")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Number the document: next number of the organisation's series for the year "
            + "(separate series for secret documents); 409 if it has one already")
    public OutgoingView register(@PathParam("id") UUID id) {
        return documents.register(id, actor());
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Issue the numbered document; an electronic one needs both signatures intact")
    public OutgoingView issue(@PathParam("id") UUID id) {
        return documents.issue(id, actor(), signing);
    }

    private FileService.Actor actor() {
        return new FileService.Actor(caller.username(), caller.requireUnit(), caller.roles());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
