package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.AdminScope;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.workflow.definition.ProcessingDefinitions;
import vn.motcua.workflow.definition.StepDocument;
import vn.motcua.workflow.dossier.ProcessingDefinition;

/**
 * Processing definitions per procedure code ({@code *} = the default), for admins. Like the catalogue they
 * are the province's data: every admin reads them, only the provincial admin adds versions (AdminScope). Versions are only added: a
 * dossier keeps the version it started with, so changing one in place would rewrite running dossiers' deadlines.
 */
@Path("/api/v1/definitions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DefinitionResource {

    /** A new version's steps, in order. */
    public record NewVersion(@NotNull @NotEmpty List<@Valid @NotNull StepDocument> steps) {
    }

    public record DefinitionView(String procedureCode, int version, List<StepDocument> steps) {
        static DefinitionView of(ProcessingDefinition d) {
            return new DefinitionView(d.procedureCode(), d.version(), d.steps().stream().map(StepDocument::of).toList());
        }
    }

    private final ProcessingDefinitions definitions;
    private final Caller caller;
    private final AdminScope admins;

    DefinitionResource(ProcessingDefinitions definitions, Caller caller, AdminScope admins) {
        this.definitions = definitions;
        this.caller = caller;
        this.admins = admins;
    }

    /** The version every procedure (and the default) currently starts new dossiers with. */
    @GET
    public List<DefinitionView> latest() {
        return definitions.latestOfEach().stream().map(DefinitionView::of).toList();
    }

    @GET
    @Path("/{procedureCode}/versions")
    public List<DefinitionView> versions(@PathParam("procedureCode") String procedureCode) {
        List<DefinitionView> versions = definitions.versions(procedureCode).stream().map(DefinitionView::of).toList();
        if (versions.isEmpty()) {
            throw ProblemException.notFound("processing definition of procedure", procedureCode);
        }
        return versions;
    }

    @GET
    @Path("/{procedureCode}/versions/{version}")
    public DefinitionView version(@PathParam("procedureCode") String procedureCode, @PathParam("version") int version) {
        return definitions.find(procedureCode, version).map(DefinitionView::of).orElseThrow(() ->
                ProblemException.notFound("processing definition", procedureCode + " v" + version));
    }

    @POST
    @Path("/{procedureCode}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<DefinitionView> addVersion(@PathParam("procedureCode") String procedureCode,
            @Valid @NotNull NewVersion body) {
        admins.requireProvincial(caller, "processing definitions");
        ProcessingDefinition added = definitions.addVersion(procedureCode, body.steps(), caller.userId());
        return RestResponse.ResponseBuilder.<DefinitionView>created(
                        URI.create("/api/v1/definitions/" + procedureCode + "/versions/" + added.version()))
                .entity(DefinitionView.of(added)).build();
    }
}
