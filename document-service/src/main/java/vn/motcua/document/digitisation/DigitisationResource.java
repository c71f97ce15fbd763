package vn.motcua.document.digitisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.backbone.security.UnitScope;

/** How far the caller's unit digitises, by field: what the desk can check before the periodic report. */
@Path("/api/v1/digitisation")
@Tag(name = "digitisation")
@Produces(MediaType.APPLICATION_JSON)
public class DigitisationResource {

    /** Per field: dossiers with digitised components, components digitised and re-used, dossiers with an electronic result. */
    public record FieldDigitisation(String fieldCode, long dossiersWithDigitisedComponents, long componentsDigitised,
            long componentsReused, long dossiersWithElectronicResult) {
    }

    private final EntityManager entityManager;
    private final Caller caller;
    private final UnitScope scope;

    DigitisationResource(EntityManager entityManager, Caller caller, UnitScope scope) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.LEADER, Roles.SUPERVISOR, Roles.FRONT_DESK})
    @Operation(summary = "Digitisation counts of your unit's dossiers, by field (all time); a supervisor's include the units below")
    public List<FieldDigitisation> byField() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select d.field_code,
                       count(distinct d.code) filter (where f.provenance in ('DIGITISED_AT_RECEPTION', 'REUSED')),
                       count(*) filter (where f.provenance = 'DIGITISED_AT_RECEPTION'),
                       count(*) filter (where f.provenance = 'REUSED'),
                       count(distinct d.code) filter (where f.provenance = 'RESULT')
                from stored_file f join dossier d on d.code = f.dossier_code
                where f.unit_code in (:units)
                group by d.field_code order by d.field_code""", Object[].class)
                .setParameter("units", scope.unitsOf(caller)).getResultList();
        return rows.stream().map(r -> new FieldDigitisation((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }
}
