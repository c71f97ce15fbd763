package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.calendar.UnitCalendars;
import vn.motcua.intake.catalogue.CatalogueRepository;
import vn.motcua.intake.catalogue.ProcedureHistory;
import vn.motcua.intake.reception.ReferenceVersions;
import vn.motcua.intake.unit.UnitHistory;
import vn.motcua.intake.unit.UnitRepository;

/**
 * Reception reads a unit, a calendar and a procedure history per dossier: they are built once and built again when their
 * rows are written, by this instance or another one (the rows' versions, not an in-process signal, decide).
 */
@QuarkusTest
class ReferenceDataSnapshotsTest {

    private static final String UNIT = "98001"; // a calendar of its own, for this test only

    @Inject
    UnitCalendars calendars;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    UnitRepository units;

    @Inject
    EntityManager entityManager;

    @Inject
    ReferenceVersions referenceVersions;

    @AfterEach
    void dropTheCalendar() {
        sql("delete from working_calendar where id = '" + UNIT + "'");
    }

    @Test
    void aCalendarIsBuiltOnceAndAgainAfterAnotherInstanceWritesIt() {
        sql("insert into working_calendar (id, weekdays, sessions) values ('" + UNIT + "', 'MON-SAT', '07:00-11:00')");
        UnitCalendars.Effective first = read(UNIT);
        assertThat(first.hoursText()).isEqualTo(new UnitCalendars.Stored("MON-SAT", "07:00-11:00"));
        assertThat(read(UNIT)).isSameAs(first);

        // another instance changes the hours: no signal reaches this one, the row's version does
        sql("update working_calendar set sessions = '07:00-11:30' where id = '" + UNIT + "'");
        assertThat(read(UNIT).hoursText()).isEqualTo(new UnitCalendars.Stored("MON-SAT", "07:00-11:30"));

        sql("delete from working_calendar where id = '" + UNIT + "'");
        assertThat(read(UNIT).id()).isEqualTo(UnitCalendars.DEFAULT);
        assertThat(read(UNIT).hoursText().weekdays()).isEqualTo("MON-FRI");
    }

    @Test
    void aCalendarReadInsideAnEditThatRolledBackIsNotServedAfterwards() {
        sql("insert into working_calendar (id, weekdays, sessions) values ('" + UNIT + "', 'MON-SAT', '07:00-11:00')");
        read(UNIT);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update working_calendar set weekdays = 'MON-SUN' where id = :id")
                    .setParameter("id", UNIT).executeUpdate();
            assertThat(calendars.forUnit(UNIT).hoursText().weekdays()).isEqualTo("MON-SUN");
            throw new IllegalStateException("the edit fails after it was read");
        })).hasMessageContaining("the edit fails");
        assertThat(read(UNIT).hoursText().weekdays()).isEqualTo("MON-SAT");
    }

    @Test
    void aProcedureHistoryIsBuiltOnceAndAgainAfterItsRowsAreWritten() {
        ProcedureHistory first = QuarkusTransaction.requiringNew().call(() -> catalogue.history("1.001193"));
        assertThat(first.versions()).isNotEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> catalogue.history("1.001193"))).isSameAs(first);

        sql("update procedure_version set name = name where code = '1.001193'");
        ProcedureHistory again = QuarkusTransaction.requiringNew().call(() -> catalogue.history("1.001193"));
        assertThat(again).isNotSameAs(first).isEqualTo(first);
        assertThat(QuarkusTransaction.requiringNew().call(() -> catalogue.history("9.999999").versions())).isEmpty();
    }

    @Test
    void aUnitHistoryIsBuiltOnceAndAgainAfterItsRowsAreWritten() {
        UnitHistory first = QuarkusTransaction.requiringNew().call(() -> units.history("31639").orElseThrow());
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.history("31639").orElseThrow())).isSameAs(first);

        sql("update admin_unit set name = name where code = '31639'");
        UnitHistory again = QuarkusTransaction.requiringNew().call(() -> units.history("31639").orElseThrow());
        assertThat(again).isNotSameAs(first);
        assertThat(again.versions()).isEqualTo(first.versions());
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.history("99998"))).isEmpty();
    }

    @Test
    void receptionsOneReadOfTheVersionsServesTheSameSnapshotsAndSeesEveryWrite() {
        sql("insert into working_calendar (id, weekdays, sessions) values ('" + UNIT + "', 'MON-SAT', '07:00-11:00')");
        UnitHistory unit = QuarkusTransaction.requiringNew().call(() -> units.history("31639").orElseThrow());
        ProcedureHistory procedure = QuarkusTransaction.requiringNew().call(() -> catalogue.history("1.001193"));
        UnitCalendars.Effective calendar = read(UNIT);

        // one statement for the three: the same values as each repository's own query, so the same snapshots
        ReferenceVersions.Read versions = QuarkusTransaction.requiringNew().call(() -> referenceVersions.of("31639", "1.001193"));
        assertThat(units.history("31639", versions.unit())).containsSame(unit);
        assertThat(catalogue.history("1.001193", versions.procedure())).isSameAs(procedure);
        ReferenceVersions.Read ownCalendar = QuarkusTransaction.requiringNew().call(() -> referenceVersions.of(UNIT, "1.001193"));
        assertThat(calendars.forUnit(UNIT, ownCalendar.calendar())).isSameAs(calendar);
        assertThat(calendars.forUnit("31639", versions.calendar()).id()).isEqualTo(UnitCalendars.DEFAULT);

        sql("update admin_unit set name = name where code = '31639'");
        sql("update procedure_version set name = name where code = '1.001193'");
        sql("update working_calendar set sessions = '07:00-11:30' where id = '" + UNIT + "'");
        ReferenceVersions.Read after = QuarkusTransaction.requiringNew().call(() -> referenceVersions.of("31639", "1.001193"));
        assertThat(units.history("31639", after.unit()).orElseThrow()).isNotSameAs(unit);
        assertThat(catalogue.history("1.001193", after.procedure())).isNotSameAs(procedure).isEqualTo(procedure);
        ReferenceVersions.Read calendarAfter = QuarkusTransaction.requiringNew().call(() -> referenceVersions.of(UNIT, "x"));
        assertThat(calendars.forUnit(UNIT, calendarAfter.calendar()).hoursText().sessions()).isEqualTo("07:00-11:30");

        ReferenceVersions.Read unknown = QuarkusTransaction.requiringNew().call(() -> referenceVersions.of("99998", "9.999999"));
        assertThat(unknown.unit()).isNull();
        assertThat(unknown.procedure()).isNull();
        assertThat(units.history("99998", unknown.unit())).isEmpty();
        assertThat(catalogue.history("9.999999", unknown.procedure()).versions()).isEmpty();
    }

    private UnitCalendars.Effective read(String id) {
        return QuarkusTransaction.requiringNew().call(() -> calendars.forUnit(id));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
