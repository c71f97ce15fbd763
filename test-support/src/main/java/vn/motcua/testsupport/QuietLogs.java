package vn.motcua.testsupport;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.logmanager.LogContext;

/**
 * The in-JVM broker logs its whole configuration at INFO and PostgreSQL's output is relayed at
 * INFO. The servers start before a Quarkus application applies its own log categories, so the
 * noisy categories are lowered here, on the JBoss LogManager that SLF4J writes to in tests.
 */
final class QuietLogs {
    private static final List<String> NOISY = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "io.zonky");
    // LogManager loggers are weakly held: keep them, or the level is lost on the next GC
    private static final List<Logger> HELD = NOISY.stream()
            .map(name -> (Logger) LogContext.getLogContext().getLogger(name))
            .toList();

    private QuietLogs() {
    }

    static void apply() {
        HELD.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
