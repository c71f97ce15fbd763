package vn.motcua.contracts.dossier;

/**
 * The receiving unit's working hours when a dossier was received, as the calendar module writes them.
 *
 * @param calendarId the calendar used: {@code default} or the unit's code when the unit has its own
 * @param weekdays   e.g. {@code MON-FRI}
 * @param sessions   e.g. {@code 07:00-11:30,13:30-17:00}
 */
public record WorkingHoursRule(String calendarId, String weekdays, String sessions) {
}
