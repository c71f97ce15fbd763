package vn.motcua.intake.receipt;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.intake.catalogue.Component;
import vn.motcua.intake.catalogue.ProcedureVersion;
import vn.motcua.intake.reception.Dossier;
import vn.motcua.intake.reception.DossierRepository;
import vn.motcua.intake.reception.DossierStatus;
import vn.motcua.intake.reception.DossierViewMapper;
import vn.motcua.intake.reception.LookupSecrets;
import vn.motcua.intake.reception.ReceptionChecks;
import vn.motcua.intake.unit.UnitRepository;
import vn.motcua.intake.unit.UnitVersion;

/** The receipt (form 01) of an accepted dossier, as a PDF for the desk to print and hand over. */
@Path("/api/v1/dossiers/{id}/receipt")
@Tag(name = "reception")
public class ReceiptResource {

    static final String PDF = "application/pdf";

    private final DossierRepository dossiers;
    private final UnitRepository units;
    private final ReceptionChecks checks;
    private final DossierViewMapper views;
    private final LookupSecrets secrets;
    private final Caller caller;
    private final String lookupUrl;
    private final String collectAt;

    ReceiptResource(DossierRepository dossiers, UnitRepository units, ReceptionChecks checks, DossierViewMapper views, LookupSecrets secrets,
            Caller caller, @ConfigProperty(name = "motcua.receipt.lookup-url") String lookupUrl,
            @ConfigProperty(name = "motcua.receipt.collect-at") String collectAt) {
        this.dossiers = dossiers;
        this.units = units;
        this.checks = checks;
        this.views = views;
        this.secrets = secrets;
        this.caller = caller;
        this.lookupUrl = lookupUrl;
        this.collectAt = collectAt;
    }

    @GET
    @RolesAllowed(Roles.FRONT_DESK)
    @Produces(PDF)
    @Operation(summary = "Form 01 (receipt and appointment) of an accepted dossier of the caller's unit, as PDF")
    public Response receipt(@PathParam("id") UUID id) {
        Dossier d = dossiers.ofUnit(id, caller.requireUnit());
        if (d.status != DossierStatus.ACCEPTED) {
            throw ProblemException.conflict("dossier-status", "only an accepted dossier has a receipt; this one is "
                    + d.status);
        }
        byte[] pdf = ReceiptPdf.render(receiptOf(d));
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"bien-nhan-" + d.code + ".pdf\"")
                .build();
    }

    Receipt receiptOf(Dossier d) {
        UnitVersion unit = units.validOn(d.unitCode, d.receivedAt.atZone(WorkingCalendar.ZONE).toLocalDate())
                .orElseThrow();
        ProcedureVersion procedure = checks.storedVersion(d.procedureCode, d.procedureVersion);
        var lines = d.components.stream().map(h -> new Receipt.Line(h.no(),
                procedure.component(h.no()).map(Component::name).orElse("?"), h.originals(), h.copies())).toList();
        return new Receipt(unit.name(), d.code, d.applicant.name(), d.applicant.address(), d.applicant.phone(),
                d.applicant.email(), d.representative == null ? null : d.representative.name(), procedure.name(), lines,
                ProcessingTimeText.of(procedure.processingTime()), d.receivedAt, d.dueAt,
                collectAt.replace("{unit}", unit.name()), lookupUrl.replace("{code}", d.code),
                secrets.of(d).orElse(null), views.unconfirmedYears(d));
    }
}
