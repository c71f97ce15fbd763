package vn.motcua.intake.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.intake.catalogue.ProcedureViews.ProcessingTimeView;
import vn.motcua.intake.reference.ReferencePublisher;

/** Publishing procedure versions: the admin side of the catalogue. */
@ApplicationScoped
public class CatalogueService {

    private final CatalogueRepository repository;
    private final ReferencePublisher publisher;
    private final Audit audit;
    private final Clock clock;

    CatalogueService(CatalogueRepository repository, ReferencePublisher publisher, Audit audit, Clock clock) {
        this.repository = repository;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes a new version of {@code code} (the first one if the code is new) and announces it. */
    @Transactional
    public ProcedureVersion publish(String code, ProcedureDraft draft) {
        if (!code.matches("[0-9]\\.[0-9]{6}")) {
            throw ProblemException.invalid("code", "a procedure code looks like 1.001193");
        }
        String fieldName = repository.fields().get(draft.fieldCode());
        if (fieldName == null) {
            throw ProblemException.invalid("fieldCode", "unknown field " + draft.fieldCode());
        }
        repository.lock(code);
        ProcedureHistory history = repository.history(code);
        ProcedureVersion version = new ProcedureVersion(code, history.nextVersionNumber(), nfc(draft.name()),
                draft.fieldCode(), fieldName, draft.levels(), toView(draft.processingTime()).toProcessingTime(),
                nfc(draft.processingNote()), components(draft.components()), forms(draft.forms()), fees(draft.fees()),
                draft.onlineLevel(), draft.resultOnPaper(), nfc(draft.legalBasis()),
                draft.demoValues() == null ? List.of() : draft.demoValues(), draft.validFrom(), null);
        ProcedureHistory next;
        try {
            next = history.publishing(version);
        } catch (IllegalStateException e) {
            throw new ProblemException(409, "version-order", "Conflict with the current state", e.getMessage(),
                    List.of(new vn.motcua.backbone.problem.Problem.FieldError("validFrom", e.getMessage())));
        }
        repository.save(next, clock.instant());
        audit.record("procedure.version-published", code + " v" + version.version(), draft.reason());
        publisher.publishProcedure(code);
        return version;
    }

    private static ProcessingTimeView toView(ProcedureDraft.ProcessingTimeDraft d) {
        return new ProcessingTimeView(d.amount(), d.unit(), d.cutOff());
    }

    private static List<Component> components(List<ProcedureDraft.ComponentDraft> drafts) {
        List<Component> components = new ArrayList<>();
        for (ProcedureDraft.ComponentDraft d : drafts) {
            components.add(new Component(components.size() + 1, nfc(d.name()), d.originals(), d.copies(), d.mandatory()));
        }
        return components;
    }

    private static List<Form> forms(List<ProcedureDraft.FormDraft> drafts) {
        return drafts == null ? List.of() : drafts.stream().map(d -> new Form(nfc(d.name()), nfc(d.reference()))).toList();
    }

    private static List<Fee> fees(List<ProcedureDraft.FeeDraft> drafts) {
        return drafts == null ? List.of() : drafts.stream().map(d -> new Fee(nfc(d.description()), d.amountVnd())).toList();
    }

    /** Vietnamese typed on some keyboards arrives decomposed; store the composed form (NFC). */
    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
