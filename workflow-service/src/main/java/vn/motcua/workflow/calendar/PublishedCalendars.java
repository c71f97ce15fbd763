package vn.motcua.workflow.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.AnnouncedDay;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.HolidayTable;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.contracts.reference.CalendarPublished;

/**
 * This service's copy of the working calendars intake publishes: the national one ({@code default}) and units'
 * own. A unit's holidays are the default's announcements with the unit's own years over them; a year nobody
 * announced uses the statutory days off ({@link HolidayTable}). Until intake's first publication arrives, the
 * announcements the {@code calendar} module ships (the same ones intake seeds its default calendar with) stand
 * in for the default.
 */
@ApplicationScoped
public class PublishedCalendars {

    static final String DEFAULT = "default";

    private final EntityManager entityManager;
    /** Merged tables by unit and the revisions they were built from; a new revision builds a new entry. */
    private final Map<String, Merged> merged = new ConcurrentHashMap<>();

    PublishedCalendars(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A unit's holidays and, if the unit or the default calendar publishes them, its hours. */
    public record UnitCalendar(HolidayTable holidays, Optional<WorkingHours> hours) {
    }

    private record Merged(String revisions, UnitCalendar calendar) {
    }

    /** Replaces the copy of one calendar, unless a later publication of it is already held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean replace(CalendarPublished calendar) {
        int changed = entityManager.createNativeQuery("""
                insert into published_calendar (id, weekdays, sessions, published_at) values (:id, :w, :s, :at)
                on conflict (id) do update set weekdays = excluded.weekdays, sessions = excluded.sessions,
                    published_at = excluded.published_at, revision = published_calendar.revision + 1
                where published_calendar.published_at <= excluded.published_at""")
                .setParameter("id", calendar.calendarId()).setParameter("w", calendar.weekdays())
                .setParameter("s", calendar.sessions()).setParameter("at", calendar.publishedAt())
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        entityManager.createNativeQuery("delete from published_calendar_day where calendar_id = :id")
                .setParameter("id", calendar.calendarId()).executeUpdate();
        for (CalendarPublished.Year year : calendar.years()) {
            for (CalendarPublished.Day day : year.days()) {
                entityManager.createNativeQuery("""
                        insert into published_calendar_day (calendar_id, year, day, kind, name, source)
                        values (:id, :year, :day, :kind, :name, :source)""")
                        .setParameter("id", calendar.calendarId()).setParameter("year", year.year())
                        .setParameter("day", day.date()).setParameter("kind", day.kind())
                        .setParameter("name", day.name()).setParameter("source", day.source()).executeUpdate();
            }
        }
        return true;
    }

    /** The calendar of {@code unitCode}: its own years and hours over the default's. */
    public UnitCalendar forUnit(String unitCode) {
        String revisions = revisions(unitCode);
        Merged held = merged.get(unitCode);
        if (held != null && held.revisions().equals(revisions)) {
            return held.calendar();
        }
        UnitCalendar built = build(unitCode);
        merged.put(unitCode, new Merged(revisions, built));
        return built;
    }

    private UnitCalendar build(String unitCode) {
        List<AnnouncedDay> defaultDays = days(DEFAULT);
        HolidayTable table = defaultDays.isEmpty() && !isPublished(DEFAULT)
                ? HolidayTable.vietnam()
                : HolidayTable.of(defaultDays);
        Map<Integer, List<AnnouncedDay>> own = new TreeMap<>();
        if (!DEFAULT.equals(unitCode)) {
            days(unitCode).forEach(d -> own.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(d));
        }
        for (var year : own.entrySet()) {
            table = table.withYear(year.getKey(), year.getValue());
        }
        Optional<WorkingHours> hours = hours(unitCode).or(() -> hours(DEFAULT));
        return new UnitCalendar(table, hours);
    }

    /** e.g. {@code 3/1}: the revisions of the default and the unit's calendar (0 when not published). */
    private String revisions(String unitCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select id, revision from published_calendar where id in (:ids)")
                .setParameter("ids", List.of(DEFAULT, unitCode)).getResultList();
        long defaultRevision = 0;
        long unitRevision = 0;
        for (Object[] row : rows) {
            long revision = ((Number) row[1]).longValue();
            if (DEFAULT.equals(row[0])) {
                defaultRevision = revision;
            } else {
                unitRevision = revision;
            }
        }
        return defaultRevision + "/" + unitRevision;
    }

    private boolean isPublished(String id) {
        return !entityManager.createNativeQuery("select 1 from published_calendar where id = :id")
                .setParameter("id", id).getResultList().isEmpty();
    }

    private Optional<WorkingHours> hours(String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select weekdays, sessions from published_calendar where id = :id and weekdays is not null")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> WorkingHours.parse((String) r[0], (String) r[1]));
    }

    private List<AnnouncedDay> days(String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select year, day, kind, name, source from published_calendar_day where calendar_id = :id order by day""")
                .setParameter("id", id).getResultList();
        return rows.stream().map(r -> new AnnouncedDay(((Number) r[0]).intValue(), toLocalDate(r[1]),
                DayKind.valueOf((String) r[2]), (String) r[3], (String) r[4])).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
