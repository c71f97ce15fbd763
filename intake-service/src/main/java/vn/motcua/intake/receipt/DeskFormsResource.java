package vn.motcua.intake.receipt;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.pdf.OfficialLetter;
import vn.motcua.backbone.pdf.OfficialLetterPdf;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.intake.reception.Dossier;
import vn.motcua.intake.reception.DossierRepository;
import vn.motcua.intake.reception.DossierStatus;
import vn.motcua.intake.reception.ReceptionChecks;
import vn.motcua.intake.unit.UnitRepository;
import vn.motcua.intake.unit.UnitVersion;

/**
 * Forms 02 and 03 of a dossier the desk did not accept, as PDFs for the desk to print and hand over: the supplement
 * request of a request handed in incomplete (or an online dossier sent back), and the refusal with its reason.
 */
@Path("/api/v1/dossiers/{id}/forms")
@Tag(name = "reception")
public class DeskFormsResource {

    private final DossierRepository dossiers;
    private final UnitRepository units;
    private final ReceptionChecks checks;
    private final Caller caller;

    DeskFormsResource(DossierRepository dossiers, UnitRepository units, ReceptionChecks checks, Caller caller) {
        this.dossiers = dossiers;
        this.units = units;
        this.checks = checks;
        this.caller = caller;
    }

    @GET
    @Path("/supplement-request")
    @RolesAllowed(Roles.FRONT_DESK)
    @Produces(ReceiptResource.PDF)
    @Operation(summary = "Form 02 (supplement request) of a request of the caller's unit found incomplete at the desk, "
            + "or of an online dossier sent back for a supplement, as PDF")
    public Response supplementRequest(@PathParam("id") UUID id) {
        Dossier d = awaiting(id, Set.of(DossierStatus.INCOMPLETE, DossierStatus.SUPPLEMENT_REQUESTED),
                "only a request found incomplete, or an online dossier sent back, has a supplement request (form 02)");
        return pdf(DeskForms.supplementRequest(d, names(d)), "yeu-cau-bo-sung", d);
    }

    @GET
    @Path("/refusal")
    @RolesAllowed(Roles.FRONT_DESK)
    @Produces(ReceiptResource.PDF)
    @Operation(summary = "Form 03 (refusal, with its reason) of a refused request or online dossier of the caller's unit, "
            + "as PDF")
    public Response refusal(@PathParam("id") UUID id) {
        Dossier d = awaiting(id, Set.of(DossierStatus.REFUSED), "only a refused dossier has a refusal (form 03)");
        return pdf(DeskForms.refusal(d, names(d)), "tu-choi", d);
    }

    private Dossier awaiting(UUID id, Set<DossierStatus> statuses, String message) {
        Dossier d = dossiers.ofUnit(id, caller.requireUnit());
        if (!statuses.contains(d.status)) {
            throw ProblemException.conflict("dossier-status", message + "; this one is " + d.status);
        }
        return d;
    }

    /** The unit's and its parent's names on the day of the decision, as they were then. */
    private DeskForms.Names names(Dossier d) {
        LocalDate day = d.decidedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        UnitVersion unit = units.validOn(d.unitCode, day).orElseThrow();
        String parent = unit.parentCode() == null ? null
                : units.validOn(unit.parentCode(), day).map(UnitVersion::name).orElse(null);
        return new DeskForms.Names(unit.name(), parent, checks.storedVersion(d.procedureCode, d.procedureVersion).name());
    }

    private static Response pdf(OfficialLetter letter, String name, Dossier d) {
        String file = name + "-" + (d.code != null ? d.code : d.id.toString()) + ".pdf";
        return Response.ok(OfficialLetterPdf.render(letter), ReceiptResource.PDF)
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .build();
    }
}
