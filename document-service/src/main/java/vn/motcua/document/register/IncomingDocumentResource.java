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
import vn.motcua.backbone.paging.PageRequest;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.document.file.FileService;

/** The incoming register (văn bản đến) of the caller's unit. */
@Path("/api/v1/incoming-documents")
@Tag(name = "register")
@Produces(MediaType.APPLICATION_JSON)
public class IncomingDocumentResource {

    /** The page of a register list asked for: from 0, 50 rows unless said, at most 500. */
    static PageRequest pageOf(Integer page, Integer size) {
        return PageRequest.of(page, size, 50, 500);
    }

    private final IncomingService documents;
    private final Caller caller;

    IncomingDocumentResource(IncomingService documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Enter a received document: next incoming number of the year, signatures of its PDF checked")
    public Response register(@HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull NewIncoming request) {
        IncomingService.Created created = documents.register(request,
                Optional.ofNullable(idempotencyKey).filter(k -> !k.isBlank()),
                new FileService.Actor(caller.username(), caller.requireUnit(), caller.roles()));
        return Response.status(created.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/incoming-documents/" + created.document().id()))
                .entity(created.document()).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.LEADER, Roles.SPECIALIST})
    @Operation(summary = "Incoming documents of your unit, newest first, paged")
    public Page<IncomingView> list(@QueryParam("year") Integer year,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return documents.list(caller.requireUnit(), Optional.ofNullable(year), pageOf(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CLERK, Roles.LEADER, Roles.SPECIALIST})
    @Operation(summary = "One incoming document of your unit")
    public IncomingView get(@PathParam("id") UUID id) {
        return documents.get(id, caller.requireUnit());
    }
}
