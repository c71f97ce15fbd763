package vn.motcua.contracts.dossier;

import java.time.Instant;

/**
 * One step of a dossier's processing ended with a hand-off (bàn giao), as the process-control sheet (form 05)
 * records it: who held the step, its deadline, and whether it finished early, on time or late.
 *
 * @param dossierId         the Kafka key
 * @param dossierCode       e.g. {@code 000.00.31.H41-220715-0001}
 * @param unitCode          national code of the unit that holds the dossier
 * @param procedureCode     national procedure code
 * @param fieldCode         field (lĩnh vực) of the procedure
 * @param channel           how the dossier was received
 * @param dueAt             the dossier's due instant as of this event (UTC)
 * @param occurredAt        when the step ended (UTC)
 * @param actor             user id of the officer who handed the dossier on
 * @param definitionVersion version of the procedure's processing definition the dossier follows
 * @param step              name of the step that ended, e.g. {@code appraise}
 * @param stepNumber        its position in the definition, from 1
 * @param holder            who held the step: a user id, a department or an agency
 * @param stepStartedAt     when the step began (UTC)
 * @param stepDueAt         the step's deadline (UTC)
 * @param timeliness        the step finished early, on time or late (calendar dates, Asia/Ho_Chi_Minh)
 * @param nextStep          the step now started; null when processing ended with this step
 * @param nextHolder        who holds the next step; null when none
 * @param nationalStatus the national status code (1-10) of the state this event leads to (see
 *                       asyncapi.yaml); null from producers that predate it
 */
public record StepCompleted(
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        String fieldCode,
        Channel channel,
        Instant dueAt,
        Instant occurredAt,
        String actor,
        int definitionVersion,
        String step,
        int stepNumber,
        String holder,
        Instant stepStartedAt,
        Instant stepDueAt,
        Timeliness timeliness,
        String nextStep,
        String nextHolder,
        Integer nationalStatus) {

    /** The form before {@code nationalStatus} was added. */
    public StepCompleted(String dossierId, String dossierCode, String unitCode, String procedureCode, String fieldCode,
            Channel channel, Instant dueAt, Instant occurredAt, String actor, int definitionVersion, String step,
            int stepNumber, String holder, Instant stepStartedAt, Instant stepDueAt, Timeliness timeliness,
            String nextStep, String nextHolder) {
        this(dossierId, dossierCode, unitCode, procedureCode, fieldCode, channel, dueAt, occurredAt, actor,
                definitionVersion, step, stepNumber, holder, stepStartedAt, stepDueAt, timeliness, nextStep, nextHolder,
                null);
    }
}
