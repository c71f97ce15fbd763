package vn.motcua.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import vn.motcua.stats.dossier.CounterRecount;
import vn.motcua.stats.unit.UnitHierarchy;
import vn.motcua.stats.unit.UnitVersion;

/**
 * Report latency at 1,000,000 dossiers, against a naive scan of {@code dossier_facts} measured in the same run.
 * Not part of the build (its name is not a test's): run it with
 * {@code ./mvnw -o -B verify -pl stats-service -am -Dtest=ReportLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>One province with 10 districts of 10 communes each (111 units), 17 procedures, three channels, receipts
 * spread over 2022-01-01..2025-06-30; 90% resolved (some late), 2% withdrawn, the rest in progress. The facts are
 * loaded with COPY and the counters built by {@link CounterRecount}. The benchmark checks that both ways give the
 * same figures before it prints any time.
 */
@QuarkusTest
class ReportLatencyBenchmark {

    private static final int DOSSIERS = Integer.getInteger("benchmark.dossiers", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 30);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2022-01-01");
    private static final int DAYS = 1_277;
    private static final String[] PROCEDURES = {"1.001193", "1.000894", "1.000656", "1.004884", "1.004873", "2.000635",
        "2.000815", "2.000884", "2.001035", "1.001612", "2.000720", "1.001570", "1.001266", "2.000575", "1.013978",
        "1.001662", "1.005280"};
    private static final String[] FIELDS = {"ho-tich", "ho-tich", "ho-tich", "ho-tich", "ho-tich", "ho-tich",
        "chung-thuc", "chung-thuc", "chung-thuc", "ho-kinh-doanh", "ho-kinh-doanh", "ho-kinh-doanh", "ho-kinh-doanh",
        "ho-kinh-doanh", "dat-dai", "tai-nguyen-nuoc", "hop-tac-xa"};

    @Inject
    DataSource dataSource;
    @Inject
    EntityManager entityManager;
    @Inject
    CounterRecount recount;
    @Inject
    DossierCountQuery query;

    private final List<UnitVersion> units = new ArrayList<>();
    private String province;
    private String district;

    @Test
    void reportLatencyAtOneMillionDossiers() throws Exception {
        List<String> unitCodes = territory();
        long loadStart = System.nanoTime();
        load(unitCodes);
        long loaded = System.nanoTime();
        long read = recount.recountAll();
        long counted = System.nanoTime();
        System.out.printf("%nBENCHMARK %,d dossiers: COPY %.1f s, counters built in %.1f s%n", read,
                (loaded - loadStart) / 1e9, (counted - loaded) / 1e9);
        analyze();

        UnitHierarchy hierarchy = new UnitHierarchy(units, Map.of());
        ReportPeriod quarter = ReportPeriod.parse("2024-Q3", CutOff.OFFICIAL);
        LocalDate today = LocalDate.parse("2025-06-30");
        ReportScope districtScope = ReportScope.of(hierarchy, district, true, UnitsView.HISTORICAL, quarter, today);
        ReportScope provinceScope = ReportScope.of(hierarchy, province, true, UnitsView.HISTORICAL, quarter, today);
        assertThat(districtScope.countedUnits()).hasSize(11);
        assertThat(provinceScope.countedUnits()).hasSize(111);

        // both ways must agree before any time means anything
        Map<String, DossierCounts> fromCounters = counters(districtScope, quarter, GroupBy.NONE);
        DossierReportRow counterRow = DossierReportRow.of("t", fromCounters.get(DossierReport.TOTAL));
        DossierReportRow scanRow = naiveScan(districtScope, quarter, false).get(0);
        assertThat(counterRow).usingRecursiveComparison().ignoringFields("key").isEqualTo(scanRow);
        assertThat(counterRow.receivedTotal()).isPositive();
        Map<String, DossierCounts> byUnit = counters(provinceScope, quarter, GroupBy.UNIT);
        assertThat(byUnit).hasSize(111);
        assertThat(naiveScan(provinceScope, quarter, true)).hasSize(111);

        print("district + 10 communes, quarter, counters", time(() -> counters(districtScope, quarter, GroupBy.NONE)));
        print("district + 10 communes, quarter, naive scan", time(() -> naiveScan(districtScope, quarter, false)));
        print("province, 111 units grouped by unit, quarter, counters",
                time(() -> counters(provinceScope, quarter, GroupBy.UNIT)));
        print("province, 111 units grouped by unit, quarter, naive scan",
                time(() -> naiveScan(provinceScope, quarter, true)));
        ReportPeriod year = ReportPeriod.parse("2024", CutOff.CALENDAR);
        ReportScope provinceYear = ReportScope.of(hierarchy, province, true, UnitsView.HISTORICAL, year, today);
        print("province, 111 units grouped by unit, year 2024, counters",
                time(() -> counters(provinceYear, year, GroupBy.UNIT)));
        print("province, 111 units grouped by unit, year 2024, naive scan",
                time(() -> naiveScan(provinceYear, year, true)));
    }

    private List<String> territory() {
        int base = 60_000 + new Random().nextInt(30_000);
        province = String.valueOf(base);
        units.add(new UnitVersion(province, 1, "Tỉnh", "PROVINCE", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty()));
        List<String> codes = new ArrayList<>(List.of(province));
        for (int d = 0; d < 10; d++) {
            String dCode = String.valueOf(base + 1 + d * 11);
            codes.add(dCode);
            units.add(new UnitVersion(dCode, 1, "Huyện " + d, "DISTRICT", java.util.Optional.of(province),
                    java.util.Optional.empty(), java.util.Optional.empty()));
            for (int c = 1; c <= 10; c++) {
                String cCode = String.valueOf(base + 1 + d * 11 + c);
                codes.add(cCode);
                units.add(new UnitVersion(cCode, 1, "Xã " + d + "." + c, "COMMUNE", java.util.Optional.of(dCode),
                        java.util.Optional.empty(), java.util.Optional.empty()));
            }
        }
        district = codes.get(1);
        return codes;
    }

    /** COPY of generated dossier facts, 100,000 rows at a time. */
    private void load(List<String> unitCodes) throws Exception {
        Random random = new Random(20240915L);
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < DOSSIERS; i++) {
                String unit = unitCodes.get(random.nextInt(unitCodes.size()));
                int p = random.nextInt(PROCEDURES.length);
                int channelDraw = random.nextInt(10);
                String channel = channelDraw < 2 ? "ONLINE" : channelDraw < 3 ? "POSTAL" : "IN_PERSON";
                LocalDate receivedOn = FIRST_DAY.plusDays(random.nextInt(DAYS));
                Instant received = receivedOn.atTime(8 + random.nextInt(9), 0).atZone(VN).toInstant();
                Instant due = receivedOn.plusDays(3 + random.nextInt(13)).atTime(17, 0).atZone(VN).toInstant();
                int outcome = random.nextInt(100);
                String finish = "";
                String finishedAt = "";
                LocalDate finishedOn = receivedOn.plusDays(1 + random.nextInt(20));
                if (outcome < 92 && finishedOn.isBefore(FIRST_DAY.plusDays(DAYS))) {
                    finish = outcome < 90 ? "RESOLVED" : "WITHDRAWN";
                    finishedAt = finishedOn.atTime(10, 0).atZone(VN).toInstant().toString();
                }
                rows.append("b").append(i).append(',').append(unit).append(',').append(FIELDS[p]).append(',')
                        .append(PROCEDURES[p]).append(',').append(channel).append(',').append(received).append(',')
                        .append(due).append(",,,").append(finish).append(',').append(finishedAt).append(",\n");
                if (rows.length() > 10_000_000 || i == DOSSIERS - 1) {
                    copy.copyIn("""
                            copy dossier_facts (dossier_id, unit_code, field_code, procedure_code, channel, received_at,
                              received_due_at, final_due_at, final_due_as_of, finish, finished_at, refused_at)
                            from stdin with (format csv)""", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
        }
    }

    private void analyze() throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    private Map<String, DossierCounts> counters(ReportScope scope, ReportPeriod period, GroupBy groupBy) {
        return QuarkusTransaction.requiringNew().call(() -> query.count(scope, period, groupBy));
    }

    /** The same figures from every dossier of the units: what a report costs without counters. */
    private List<DossierReportRow> naiveScan(ReportScope scope, ReportPeriod period, boolean byUnit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    with f as (
                      select unit_code, channel, (received_at at time zone 'Asia/Ho_Chi_Minh')::date r,
                             (coalesce(final_due_at, received_due_at) at time zone 'Asia/Ho_Chi_Minh')::date due,
                             finish, (finished_at at time zone 'Asia/Ho_Chi_Minh')::date fin
                      from dossier_facts
                      where unit_code in (:units) and received_at is not null
                        and coalesce(final_due_at, received_due_at) is not null)
                    select %s,
                      count(*) filter (where r between :first and :last and channel = 'ONLINE'),
                      count(*) filter (where r between :first and :last and channel <> 'ONLINE'),
                      count(*) filter (where r < :first),
                      count(*) filter (where r < :first and fin < :first),
                      count(*) filter (where finish = 'RESOLVED' and fin between :first and :last and fin < due),
                      count(*) filter (where finish = 'RESOLVED' and fin between :first and :last and fin = due),
                      count(*) filter (where finish = 'RESOLVED' and fin between :first and :last and fin > due),
                      count(*) filter (where finish = 'WITHDRAWN' and fin between :first and :last),
                      count(*) filter (where r <= :last),
                      count(*) filter (where r <= :last and fin <= :last),
                      count(*) filter (where r <= :last and (fin <= :last or due < :last))
                    from f group by 1 order by 1""".formatted(byUnit ? "unit_code" : "'total'"))
                    .setParameter("units", scope.countedUnits())
                    .setParameter("first", period.firstDay())
                    .setParameter("last", period.lastDay())
                    .getResultList();
            return rows.stream().map(r -> DossierReportRow.of((String) r[0], new DossierCounts(n(r[1]), n(r[2]),
                    n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), 0, n(r[9]), n(r[10]), n(r[11])))).toList();
        });
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static double[] time(Supplier<?> report) {
        for (int i = 0; i < 3; i++) {
            report.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            report.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void print(String what, double[] sorted) {
        System.out.printf("BENCHMARK %-58s p50 %8.1f ms  p95 %8.1f ms  (%d runs)%n", what,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted.length);
    }
}
