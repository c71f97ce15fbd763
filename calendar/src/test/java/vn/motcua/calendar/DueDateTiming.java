package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

/**
 * A rough timing check, not a test: due dates and timeliness for a million dossiers, as in a report
 * rebuild. Run from the IDE, or after {@code mvn -pl calendar test-compile}:
 * {@code java -cp calendar/target/classes:calendar/target/test-classes:<contracts jar> vn.motcua.calendar.DueDateTiming}.
 */
public final class DueDateTiming {

    private DueDateTiming() {
    }

    public static void main(String[] args) {
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        TimelinessRule rule = TimelinessRule.vietnam();
        List<ProcessingTime> times = List.of(
                ProcessingTime.onReceipt().withCutOff(LocalTime.of(15, 0)),
                ProcessingTime.workingDays(3), ProcessingTime.workingDays(15),
                ProcessingTime.workingHours(4), ProcessingTime.calendarDays(30));
        Instant first = Vn.at("2022-01-01 00:00");
        long span = Vn.at("2026-10-31 00:00").getEpochSecond() - first.getEpochSecond();
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;

        for (int round = 1; round <= 3; round++) {
            Random random = new Random(round);
            long started = System.nanoTime();
            int late = 0;
            for (int i = 0; i < dossiers; i++) {
                Instant received = first.plusSeconds((long) (random.nextDouble() * span));
                DueDate due = calendar.dueDate(received, times.get(i % times.size()),
                        List.of(Pause.between(received.plusSeconds(3_600), received.plusSeconds(90_000))));
                if (rule.classify(received.plusSeconds(random.nextInt(1_500_000)), due.at())
                        == vn.motcua.contracts.dossier.Timeliness.LATE) {
                    late++;
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("round %d: %,d dossiers in %,d ms (%d late)%n", round, dossiers, millis, late);
        }
    }
}
