package vn.motcua.workflow.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.motcua.contracts.dossier.Channel;

/** A dossier in processing at its unit (hồ sơ), opened from DossierReceived. */
@Entity
@Table(name = "dossier_case")
public class DossierCase {

    @Id
    public String id;
    public String code;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "procedure_code")
    public String procedureCode;
    /** The catalogue version the dossier was received under. */
    @Column(name = "procedure_version")
    public int procedureVersion;
    @Column(name = "field_code")
    public String fieldCode;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Channel channel;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "original_due_at")
    public Instant originalDueAt;
    /** National status code 1-10. */
    public int status;
    public String assignee;
    @Column(name = "paused_at")
    public Instant pausedAt;
    @Column(name = "paused_working_minutes")
    public long pausedWorkingMinutes;
    @Column(name = "supplement_requests")
    public int supplementRequests;
    public int extensions;
    @Column(name = "counted_late")
    public boolean countedLate;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "last_action_at")
    public Instant lastActionAt;
    /** {@code sha256:<hex>} of {@code <code>:<secret>}; never shown. */
    @Column(name = "lookup_secret_hash")
    public String lookupSecretHash;
    /** The processing definition this dossier started with, and keeps. */
    @Column(name = "definition_code")
    public String definitionCode;
    @Column(name = "definition_version")
    public int definitionVersion;
    /** Working time between receipt and the appointed date, shared out among the steps. */
    @Column(name = "total_working_minutes")
    public long totalWorkingMinutes;
    /** The step (from 1) the dossier is at. */
    @Column(name = "step_number")
    public int stepNumber;
    /** E.g. {@code N.V.A.}; null when intake did not send them. */
    @Column(name = "applicant_initials")
    public String applicantInitials;
    /** The unit's working hours from DossierReceived, e.g. {@code MON-FRI}; null: the standard hours. */
    @Column(name = "working_weekdays")
    public String workingWeekdays;
    /** E.g. {@code 07:00-11:30,13:30-17:00}; null: the standard hours. */
    @Column(name = "working_sessions")
    public String workingSessions;
    /** What the applicant must supply while a supplement is awaited; null otherwise. */
    public String missing;
    /** The last fee amount requested, in đồng; null when none was. */
    @Column(name = "fee_requested_vnd")
    public Long feeRequestedVnd;
    /** The fees recorded as paid, added up, in đồng; null when none was. */
    @Column(name = "fee_paid_vnd")
    public Long feePaidVnd;
    /** The last payment's receipt number (số biên lai). */
    @Column(name = "fee_receipt_number")
    public String feeReceiptNumber;
    @Column(name = "fee_paid_at")
    public Instant feePaidAt;
    @Version
    public long version;

    public DossierStatus status() {
        return DossierStatus.ofNationalCode(status);
    }
}
