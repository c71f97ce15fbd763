package vn.motcua.intake.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.AnnouncedDay;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.HolidayTable;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;

/**
 * The working calendars stored in the database: the default one and, where a unit has its own, the unit's.
 * A unit calendar without hours uses the default hours; each holiday year it holds replaces the default's
 * year. The arithmetic is the {@code calendar} module's {@link WorkingCalendar}.
 */
@ApplicationScoped
public class UnitCalendars {

    public static final String DEFAULT = "default";

    private final EntityManager entityManager;
    /**
     * Calendars as built, by the id asked for, with the row versions they were built from: reception reads one
     * calendar per dossier, and building it (the rows, every announced day, the holiday table) cost more than the
     * rest of the reception. A change of the unit's or the default calendar's row (every edit writes it) builds it
     * again, in any instance.
     */
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    private record Snapshot(String rowVersions, Effective effective) {
    }

    UnitCalendars(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A calendar with the id it was read from: {@code default} or the unit's code; {@code hoursText}: its hours as
     * stored (its own or the default's).
     */
    public record Effective(String id, WorkingHours hours, boolean ownHours, HolidayTable holidays,
            List<Integer> ownYears, Stored hoursText) {

        public WorkingCalendar calendar() {
            return new WorkingCalendar(hours, holidays);
        }
    }

    /** The hours as written in the database, e.g. {@code MON-FRI} and {@code 07:00-11:30,13:30-17:00}. */
    public record Stored(String weekdays, String sessions) {
    }

    /** The calendar of {@code unitCode}, or the default one when the unit has none. */
    public Effective forUnit(String unitCode) {
        return snapshot(unitCode).effective();
    }

    /** The calendar stored under {@code id} merged over the default one. */
    public Effective effective(String id) {
        return snapshot(id).effective();
    }

    /** The hours text in force for a calendar id (its own or the default's). */
    public Stored hoursText(String id) {
        return snapshot(id).effective().hoursText();
    }

    /**
     * The row versions of the calendars a unit {@code :unit} reads (the default and its own, if any), {@code id:xmin}:
     * the transaction ids that last wrote the rows differ after any committed edit, and after a rolled-back one that
     * was read meanwhile. Reception reads it with the others it needs in one statement ({@code ReferenceVersions}).
     */
    public static final String ROW_VERSIONS = """
            select string_agg(id || ':' || xmin::text, ',' order by id) from working_calendar
            where id in ('default', :unit)""";

    /** A unit without a calendar of its own shares the default's snapshot, so only stored calendars are held. */
    private Snapshot snapshot(String id) {
        Object rowVersions = entityManager.createNativeQuery(ROW_VERSIONS).setParameter("unit", id).getSingleResult();
        return snapshot(id, (String) rowVersions);
    }

    /** The calendar of {@code unitCode} (or the default), given its {@link #ROW_VERSIONS} read just now. */
    public Effective forUnit(String unitCode, String rowVersions) {
        return snapshot(unitCode, rowVersions).effective();
    }

    private Snapshot snapshot(String id, String rowVersions) {
        String versions = String.valueOf(rowVersions);
        String key = Arrays.stream(versions.split(",")).anyMatch(v -> v.startsWith(id + ":")) ? id : DEFAULT;
        Snapshot held = snapshots.get(key);
        if (held != null && held.rowVersions().equals(versions)) {
            return held;
        }
        Snapshot built = new Snapshot(versions, build(key));
        snapshots.put(key, built);
        return built;
    }

    /** Without a row of its own (a unit with no calendar), the default calendar under the id {@code default}. */
    private Effective build(String id) {
        Stored defaults = stored(DEFAULT).orElseThrow();
        Optional<Stored> own = DEFAULT.equals(id) ? Optional.empty() : stored(id);
        Stored hoursText = own.filter(s -> s.weekdays() != null).orElse(defaults);
        WorkingHours hours = WorkingHours.parse(hoursText.weekdays(), hoursText.sessions());
        HolidayTable table = HolidayTable.of(days(DEFAULT));
        Map<Integer, List<AnnouncedDay>> ownDays = new TreeMap<>();
        if (!DEFAULT.equals(id)) {
            days(id).forEach(d -> ownDays.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(d));
            for (var year : ownDays.entrySet()) {
                table = table.withYear(year.getKey(), year.getValue());
            }
        }
        return new Effective(DEFAULT.equals(id) || own.isEmpty() ? DEFAULT : id, hours,
                own.map(s -> s.weekdays() != null).orElse(false), table, List.copyOf(ownDays.keySet()), hoursText);
    }

    /** The ids of every stored calendar: {@code default} and each unit with its own. */
    public List<String> ids() {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("select id from working_calendar order by id").getResultList();
        return ids;
    }

    public Optional<Stored> stored(String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select weekdays, sessions from working_calendar where id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> new Stored((String) r[0], (String) r[1]));
    }

    public List<AnnouncedDay> days(String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select year, day, kind, name, source from calendar_day where calendar_id = :id order by day""")
                .setParameter("id", id).getResultList();
        return rows.stream().map(r -> new AnnouncedDay(((Number) r[0]).intValue(), toLocalDate(r[1]),
                DayKind.valueOf((String) r[2]), (String) r[3], (String) r[4])).toList();
    }

    /** Sets a calendar's hours (creating the unit's calendar if needed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setHours(String id, String weekdays, String sessions) {
        entityManager.createNativeQuery("""
                insert into working_calendar (id, weekdays, sessions) values (:id, :w, :s)
                on conflict (id) do update set weekdays = :w, sessions = :s,
                    revision = working_calendar.revision + 1, updated_at = now()""")
                .setParameter("id", id).setParameter("w", weekdays).setParameter("s", sessions).executeUpdate();
    }

    /** Replaces one announcement year of a calendar. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceYear(String id, int year, List<AnnouncedDay> days) {
        entityManager.createNativeQuery("""
                insert into working_calendar (id) values (:id) on conflict (id) do update
                set revision = working_calendar.revision + 1, updated_at = now()""")
                .setParameter("id", id).executeUpdate();
        entityManager.createNativeQuery("delete from calendar_day where calendar_id = :id and year = :year")
                .setParameter("id", id).setParameter("year", year).executeUpdate();
        insertDays(id, days);
    }

    /** Inserts announced days in one statement (a year has a few dozen); writes the calendar's row, as every edit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertDays(String id, List<AnnouncedDay> days) {
        if (days.isEmpty()) {
            return;
        }
        // a new row version: instances that built this calendar before build it again (rowVersions)
        entityManager.createNativeQuery("update working_calendar set updated_at = now() where id = :id")
                .setParameter("id", id).executeUpdate();
        StringBuilder sql = new StringBuilder("insert into calendar_day (calendar_id, year, day, kind, name, source) values ");
        for (int i = 0; i < days.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:id, :year").append(i).append(", :day").append(i).append(", :kind")
                    .append(i).append(", :name").append(i).append(", :source").append(i).append(")");
        }
        var insert = entityManager.createNativeQuery(sql.toString()).setParameter("id", id);
        for (int i = 0; i < days.size(); i++) {
            AnnouncedDay day = days.get(i);
            insert.setParameter("year" + i, day.year()).setParameter("day" + i, day.date())
                    .setParameter("kind" + i, day.kind().name()).setParameter("name" + i, day.name())
                    .setParameter("source" + i, day.source());
        }
        insert.executeUpdate();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
