package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.workflow.controlsheet.ControlSheet;
import vn.motcua.workflow.controlsheet.ControlSheetPdf;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierProcessing;
import vn.motcua.workflow.dossier.Officers;
import vn.motcua.workflow.dossier.Steps;
import vn.motcua.workflow.dossier.Timeline;
import vn.motcua.workflow.forms.DossierNames;
import vn.motcua.workflow.forms.LetterForms;

/**
 * The process-control sheet (form 05) of a dossier of the caller's unit, as JSON or PDF: the unit (and the unit
 * above it) named as the unit tree on {@code motcua.reference} names them on the day of receipt, the procedure as
 * intake published it.
 */
@Path("/api/v1/dossiers/{code}/control-sheet")
@RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
public class ControlSheetResource {

    private final DossierProcessing processing;
    private final Steps steps;
    private final Timeline timeline;
    private final Officers officers;
    private final DossierNames names;
    private final Caller caller;

    ControlSheetResource(DossierProcessing processing, Steps steps, Timeline timeline, Officers officers,
            DossierNames names, Caller caller) {
        this.processing = processing;
        this.steps = steps;
        this.timeline = timeline;
        this.officers = officers;
        this.names = names;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public ControlSheet json(@PathParam("code") String code) {
        DossierCase dossier = processing.find(caller.requireUnit(), code);
        LetterForms.Names named = names.of(dossier);
        ControlSheet.Names sheetNames = new ControlSheet.Names(named.unitName(), named.parentUnitName(),
                named.procedureName(), officers::nameOf);
        return ControlSheet.of(dossier, steps.all(dossier.id), timeline.entries(dossier.id), sheetNames);
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @Transactional
    public RestResponse<byte[]> pdf(@PathParam("code") String code) {
        byte[] pdf = ControlSheetPdf.render(json(code));
        return RestResponse.ResponseBuilder.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"phieu-kiem-soat-" + code + ".pdf\"").build();
    }
}
