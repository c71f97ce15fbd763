package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.backbone.pdf.OfficialLetter;
import vn.motcua.backbone.pdf.OfficialLetterPdf;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierProcessing;
import vn.motcua.workflow.dossier.Timeline;
import vn.motcua.workflow.forms.DossierNames;
import vn.motcua.workflow.forms.LetterForms;

/**
 * Forms 02 and 04 (Circular 01/2018) of a dossier of the caller's unit, as PDF, for the officers who hand them out:
 * the supplement request to whoever may ask for a supplement (specialist, front desk), the apology with the new
 * appointment to the leader who signs it and the desk that hands it over. Another unit's dossier is 404.
 */
@Path("/api/v1/dossiers/{code}/forms")
public class FormsResource {

    private final DossierProcessing processing;
    private final Timeline timeline;
    private final DossierNames names;
    private final Caller caller;

    FormsResource(DossierProcessing processing, Timeline timeline, DossierNames names, Caller caller) {
        this.processing = processing;
        this.timeline = timeline;
        this.names = names;
        this.caller = caller;
    }

    /** Form 02 of the supplement the dossier awaits; 409 {@code no-supplement-awaited} when none is. */
    @GET
    @Path("/supplement-request")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SPECIALIST, Roles.FRONT_DESK})
    @Transactional
    public RestResponse<byte[]> supplementRequest(@PathParam("code") String code) {
        DossierCase dossier = processing.find(caller.requireUnit(), code);
        OfficialLetter letter = LetterForms.supplementRequest(dossier, timeline.entries(dossier.id), names.of(dossier))
                .orElseThrow(() -> ProblemException.conflict("no-supplement-awaited",
                        "dossier " + code + " awaits no supplement: form 02 is printed while one is awaited"));
        return pdf(letter, "phieu-yeu-cau-bo-sung-" + code);
    }

    /** Form 04 of the dossier's extension; 409 {@code not-extended} when its deadline was never extended. */
    @GET
    @Path("/apology")
    @Produces("application/pdf")
    @RolesAllowed({Roles.LEADER, Roles.FRONT_DESK})
    @Transactional
    public RestResponse<byte[]> apology(@PathParam("code") String code) {
        DossierCase dossier = processing.find(caller.requireUnit(), code);
        OfficialLetter letter = LetterForms.apology(dossier, timeline.entries(dossier.id), names.of(dossier))
                .orElseThrow(() -> ProblemException.conflict("not-extended",
                        "the deadline of dossier " + code + " was never extended: there is no apology to print"));
        return pdf(letter, "phieu-xin-loi-" + code);
    }

    private static RestResponse<byte[]> pdf(OfficialLetter letter, String filename) {
        return RestResponse.ResponseBuilder.ok(OfficialLetterPdf.render(letter), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + filename + ".pdf\"").build();
    }
}
