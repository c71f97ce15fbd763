package vn.motcua.stats.rebuild;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.sql.Statement;
import vn.motcua.contracts.dossier.ServiceRated;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.stats.document.DocumentEventFacts;
import vn.motcua.stats.dossier.DossierCounters;
import vn.motcua.stats.dossier.DossierFacts;

/** Writes rebuilt projections into fresh tables ({@code <table><suffix>}) in JDBC batches. */
final class RebuildWriter {

    private static final int BATCH = 5_000;

    private RebuildWriter() {
    }

    static void writeFacts(Connection c, Collection<DossierFacts> facts, String suffix) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into dossier_facts%s (dossier_id, unit_code, field_code, procedure_code, channel, received_at,
                  received_due_at, final_due_at, final_due_as_of, finish, finished_at, refused_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(suffix))) {
            int pending = 0;
            for (DossierFacts f : facts) {
                insert.setString(1, f.dossierId());
                insert.setString(2, f.unitCode());
                insert.setString(3, f.fieldCode());
                insert.setString(4, f.procedureCode());
                insert.setString(5, f.channel());
                instant(insert, 6, f.receivedAt());
                instant(insert, 7, f.receivedDueAt());
                instant(insert, 8, f.finalDueAt());
                instant(insert, 9, f.finalDueAsOf());
                insert.setString(10, f.finish() == null ? null : f.finish().name());
                instant(insert, 11, f.finishedAt());
                instant(insert, 12, f.refusedAt());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    static void writeUnits(Connection c, Collection<UnitChanged> units, String suffix) throws SQLException {
        try (PreparedStatement version = c.prepareStatement("""
                insert into unit_version%s (code, version, name, level, parent_code, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?)""".formatted(suffix));
                PreparedStatement successor = c.prepareStatement("""
                        insert into unit_successor%s (code, successor_code, effective_on) values (?, ?, ?)
                        on conflict do nothing""".formatted(suffix))) {
            for (UnitChanged unit : units) {
                for (UnitChanged.Version v : unit.versions()) {
                    version.setString(1, unit.code());
                    version.setInt(2, v.version());
                    version.setString(3, v.name());
                    version.setString(4, v.level());
                    version.setString(5, v.parentCode());
                    day(version, 6, v.validFrom());
                    day(version, 7, v.validTo());
                    version.addBatch();
                }
                for (UnitChanged.Successor s : unit.successors() == null ? List.<UnitChanged.Successor>of()
                        : unit.successors()) {
                    successor.setString(1, unit.code());
                    successor.setString(2, s.code());
                    day(successor, 3, s.effectiveOn());
                    successor.addBatch();
                }
            }
            version.executeBatch();
            successor.executeBatch();
        }
    }

    /** Each dossier's first rating; the daily counters are then summed from them in SQL. */
    static void writeRatings(Connection c, Collection<ServiceRated> ratings, String suffix) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into rated_dossier%s (dossier_id) values (?)".formatted(suffix));
             Statement s = c.createStatement()) {
            s.execute("create temporary table rebuilt_rating (unit_code varchar(64), field_code varchar(128), "
                    + "day date, score int) on commit drop");
            try (PreparedStatement scores = c.prepareStatement("insert into rebuilt_rating values (?, ?, ?, ?)")) {
                int n = 0;
                for (ServiceRated r : ratings) {
                    insert.setString(1, r.dossierId());
                    insert.addBatch();
                    scores.setString(1, r.unitCode());
                    scores.setString(2, r.fieldCode() == null ? "" : r.fieldCode());
                    day(scores, 3, LocalDate.ofInstant(r.ratedAt(), DossierCounters.ZONE));
                    scores.setInt(4, r.score());
                    scores.addBatch();
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                        scores.executeBatch();
                    }
                }
                insert.executeBatch();
                scores.executeBatch();
            }
            s.execute("""
                    insert into rating_daily%s (unit_code, field_code, day, ratings, score_sum, low, satisfied)
                    select unit_code, field_code, day, count(*), sum(score), count(*) filter (where score <= 2),
                           count(*) filter (where score >= 4)
                    from rebuilt_rating group by unit_code, field_code, day""".formatted(suffix));
        }
    }

    /** What was counted from motcua.document, each on its earliest day; the daily counters are summed in SQL. */
    static void writeDocuments(Connection c, Collection<DocumentEventFacts.Counted> counted, String suffix)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into document_seen%s (subject, kind, unit_code, field_code, day)
                values (?, ?, ?, ?, ?)""".formatted(suffix));
             Statement s = c.createStatement()) {
            int n = 0;
            for (DocumentEventFacts.Counted d : counted) {
                insert.setString(1, d.subject());
                insert.setString(2, d.measure());
                insert.setString(3, d.unit());
                insert.setString(4, d.field());
                day(insert, 5, d.day());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            s.execute("""
                    insert into document_daily%1$s (unit_code, field_code, measure, day, count)
                    select unit_code, field_code, kind, day, count(*) from document_seen%1$s
                    group by unit_code, field_code, kind, day""".formatted(suffix));
        }
    }

    private static void instant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    private static void day(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }
}
