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
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.Caller;
import vn.motcua.intake.reception.Dossier;

/**
 * The legacy import (./platform import FILE): role {@code migration} only, for any unit of the province.
 * 201 with the new dossier, 200 with the existing one when the legacy record was imported before; {@code /batch}
 * takes up to 1,000 records in one transaction ({@link LegacyBatches}).
 */
@Path("/api/v1/migration/dossiers")
@Tag(name = "migration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MIGRATION)
public class MigrationResource {

    private final MigrationService service;
    private final LegacyBatches batches;
    private final Caller caller;

    MigrationResource(MigrationService service, LegacyBatches batches, Caller caller) {
        this.service = service;
        this.batches = batches;
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

    /**
     * A batch of legacy records, a JSON array, in one transaction. 200 with each record's fate by index; any invalid
     * record refuses the whole batch with a 400 listing every problem as {@code [index].field}.
     */
    @POST
    @Path("/batch")
    @RolesAllowed(Roles.MIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import up to 1,000 legacy dossiers in one transaction; records imported before (same "
            + "legacyId) are skipped; any invalid record refuses the batch, listing every bad record by its index")
    public LegacyBatches.Result importBatch(List<JsonNode> records) {
        return batches.importBatch(records, caller.userId());
    }
}
