package vn.motcua.workflow.rest;

import java.time.Instant;
import vn.motcua.workflow.dossier.DossierCase;

/** A dossier as officers of its unit see it; {@code version} goes back with the next action. */
public record DossierView(String id, String code, String unitCode, String procedureCode, String fieldCode,
        String status, int nationalStatus, Instant receivedAt, Instant dueAt, Instant originalDueAt,
        String assignee, int supplementRequests, int extensions, boolean countedLate, String missing,
        int definitionVersion, int stepNumber, long version) {

    static DossierView of(DossierCase d) {
        return new DossierView(d.id, d.code, d.unitCode, d.procedureCode, d.fieldCode, d.status().name(), d.status,
                d.receivedAt, d.dueAt, d.originalDueAt, d.assignee, d.supplementRequests, d.extensions,
                d.countedLate, d.missing, d.definitionVersion, d.stepNumber, d.version);
    }
}
