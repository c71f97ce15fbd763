package vn.motcua.backbone.sample;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.contracts.dossier.DossierReceived;

@Path("/test/dossiers")
@PermitAll
public class SampleDossierResource {

    public record NewDossier(@NotBlank String unitCode, @NotBlank @Pattern(regexp = ".+-\\d{6}-\\d{4}") String code,
            boolean failAfterWrite, String reason) {
    }

    public record Created(UUID id, UUID eventId) {
    }

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Audit audit;

    SampleDossierResource(EntityManager entityManager, Outbox outbox, Audit audit) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
    }

    @POST
    @Transactional
    public Created create(@Valid NewDossier request) {
        SampleDossier dossier = new SampleDossier();
        dossier.id = UUID.randomUUID();
        dossier.code = request.code();
        dossier.unitCode = request.unitCode();
        entityManager.persist(dossier);
        Instant now = Instant.now();
        UUID eventId = outbox.append(EventType.DOSSIER_RECEIVED, dossier.id.toString(), dossier.code,
                new DossierReceived(dossier.id.toString(), dossier.code, dossier.unitCode, "1.001193", 1,
                        "ho-tich", "COMMUNE", Channel.IN_PERSON, now, now.plusSeconds(3600)));
        audit.record("sample.received", dossier.id.toString(), request.reason());
        entityManager.flush();
        if (request.failAfterWrite()) {
            throw ProblemException.conflict("sample-failure", "failing after the write, to roll it back");
        }
        return new Created(dossier.id, eventId);
    }
}
