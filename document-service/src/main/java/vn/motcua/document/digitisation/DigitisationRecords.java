package vn.motcua.document.digitisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.document.ComponentsDigitised;
import vn.motcua.contracts.document.ResultDigitised;
import vn.motcua.document.dossier.KnownDossier;

/**
 * Announces digitisation (số hóa) on {@code motcua.document}, in the transaction that records the
 * file: a dossier component digitised at reception or re-used, and a dossier's result as an
 * electronic file. The reports count these per unit and field.
 */
@ApplicationScoped
public class DigitisationRecords {

    /** The stored file's facts the events carry. */
    public record StoredContent(UUID fileId, String contentType, long sizeBytes, String sha256, Instant storedAt) {
    }

    private final Outbox outbox;

    DigitisationRecords(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void componentDigitised(KnownDossier dossier, String component, boolean reused, StoredContent content) {
        outbox.append(EventType.COMPONENTS_DIGITISED, content.fileId().toString(), dossier.code,
                new ComponentsDigitised(content.fileId().toString(), dossier.id, dossier.code, dossier.unitCode,
                        dossier.procedureCode, dossier.fieldCode, component, reused, content.contentType(),
                        content.sizeBytes(), content.sha256(), content.storedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resultDigitised(KnownDossier dossier, StoredContent content) {
        outbox.append(EventType.RESULT_DIGITISED, content.fileId().toString(), dossier.code,
                new ResultDigitised(content.fileId().toString(), dossier.id, dossier.code, dossier.unitCode,
                        dossier.procedureCode, dossier.fieldCode, content.contentType(), content.sizeBytes(),
                        content.sha256(), content.storedAt()));
    }
}
