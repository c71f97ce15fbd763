package vn.motcua.document.digitisation;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.document.dossier.KnownDossier;

/**
 * The real announcer, except for a component named {@link #FAIL_AFTER_ANNOUNCING}: then it fails
 * after its event is in the outbox, the last step before commit, to prove that a failing request
 * leaves no content, no record and no event behind.
 */
@Alternative
@Priority(1)
@Singleton
public class FailingDigitisationRecords extends DigitisationRecords {

    public static final String FAIL_AFTER_ANNOUNCING = "fail-after-announcing";

    FailingDigitisationRecords(Outbox outbox) {
        super(outbox);
    }

    @Override
    public void componentDigitised(KnownDossier dossier, String component, boolean reused, StoredContent content) {
        super.componentDigitised(dossier, component, reused, content);
        if (FAIL_AFTER_ANNOUNCING.equals(component)) {
            throw new IllegalStateException("failing on purpose after the event was appended");
        }
    }
}
