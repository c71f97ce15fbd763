package vn.motcua.workflow.rest;

import java.time.Instant;
import vn.motcua.workflow.dossier.DossierCase;

/**
 * A dossier as officers of its unit see it; {@code version} goes back with the next action. The fee fields are
 * null until a fee is requested or paid: the last amount requested, the payments added up, the last receipt number
 * and when it was paid (each request and payment is in the timeline).
 */
public record DossierView(String id, String code, String unitCode, String procedureCode, String fieldCode,
        String status, int nationalStatus, Instant receivedAt, Instant dueAt, Instant originalDueAt,
        String assignee, int supplementRequests, int extensions, boolean countedLate, String missing,
        int definitionVersion, int stepNumber, long version, Long feeRequestedVnd, Long feePaidVnd,
        String feeReceiptNumber, Instant feePaidAt) {

    static DossierView of(DossierCase d) {
        return new DossierView(d.id, d.code, d.unitCode, d.procedureCode, d.fieldCode, d.status().name(), d.status,
                d.receivedAt, d.dueAt, d.originalDueAt, d.assignee, d.supplementRequests, d.extensions,
                d.countedLate, d.missing, d.definitionVersion, d.stepNumber, d.version, d.feeRequestedVnd,
                d.feePaidVnd, d.feeReceiptNumber, d.feePaidAt);
    }
}
