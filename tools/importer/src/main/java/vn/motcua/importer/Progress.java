package vn.motcua.importer;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The progress line: records done of the total, rate, time left; redrawn in place on a terminal. */
final class Progress {

    private final PrintStream out;
    private final long total;
    private final AtomicLong done;
    private final AtomicLong imported;
    private final AtomicLong skipped;
    private final List<Importer.Problem> problems;
    private final long start = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private long lastPrinted;

    Progress(PrintStream out, long total, AtomicLong done, AtomicLong imported, AtomicLong skipped,
            List<Importer.Problem> problems) {
        this.out = out;
        this.total = total;
        this.done = done;
        this.imported = imported;
        this.skipped = skipped;
        this.problems = problems;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    synchronized void print(boolean last) {
        long now = System.nanoTime();
        // not a terminal (CI, a log file): a line every 5 s instead of redrawing every second
        if (!terminal && !last && now - lastPrinted < 5_000_000_000L) {
            return;
        }
        lastPrinted = now;
        long n = done.get();
        double rate = n / Math.max(seconds(), 0.001);
        long left = rate > 0 ? (long) ((total - n) / rate) : -1;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * n / total);
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        String line = String.format("[%s] %d/%d records  %.0f/s  left %s  (imported %d, skipped %d, problems %d)",
                bar, n, total, rate, left < 0 ? "?" : String.format("%d:%02d", left / 60, left % 60),
                imported.get(), skipped.get(), problems.size());
        if (terminal) {
            out.print("\r" + line);
            if (last) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }
}
