package vn.motcua.intake.migration;

import jakarta.annotation.security.RolesAllowed;
import vn.motcua.backbone.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.Caller;
import vn.motcua.intake.reception.Dossier;

/**
 * The legacy import (./platform import FILE): role {@code migration} only, for any unit of the province.
 * 201 with the new dossier, 200 with the existing one when the legacy record was imported before.
 */
@Path("/api/v1/migration/dossiers")
@Tag(name = "migration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MIGRATION)
public class MigrationResource {

    private final MigrationService service;
    private final Caller caller;

    MigrationResource(MigrationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** What the import tool needs to go on: the dossier's id (workflow's key) and code. */
    public record ImportedDossier(String id, String code, String legacyId, String status, Instant receivedAt,
            Instant dueAt, boolean created) {
    }

    @POST
    @RolesAllowed(Roles.MIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import one dossier of a legacy system with its original instants; idempotent by legacyId "
            + "(201 imported, 200 already imported)")
    public Response importDossier(@NotNull @Valid LegacyDossier record) {
        MigrationService.Imported imported = service.importDossier(record, caller.userId());
        Dossier d = imported.dossier();
        ImportedDossier body = new ImportedDossier(d.id.toString(), d.code, d.legacyId, d.status.name(), d.receivedAt,
                d.dueAt, imported.created());
        return (imported.created() ? Response.created(URI.create("/api/v1/dossiers/" + d.id)) : Response.ok())
                .entity(body).build();
    }
}
