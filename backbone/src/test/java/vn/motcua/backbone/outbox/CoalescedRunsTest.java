package vn.motcua.backbone.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The relay's wake-ups after commits: one run per burst of commits, and no commit left without a run after it. */
class CoalescedRunsTest {

    /** Keeps what is scheduled instead of running it, so the test decides when the window has passed. */
    static class HeldExecutor extends ScheduledThreadPoolExecutor {
        final List<Runnable> held = new ArrayList<>();
        final List<Long> delaysNanos = new ArrayList<>();

        HeldExecutor() {
            super(0);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            held.add(command);
            delaysNanos.add(unit.toNanos(delay));
            return null;
        }

        void runHeld() {
            List<Runnable> due = new ArrayList<>(held);
            held.clear();
            due.forEach(Runnable::run);
        }
    }

    @Test
    void theCommitsOfOneWindowShareOneRelayRunStartedAfterTheWindow() {
        HeldExecutor executor = new HeldExecutor();
        AtomicInteger runs = new AtomicInteger();
        CoalescedRuns wakeUps = new CoalescedRuns(executor, Duration.ofMillis(10), runs::incrementAndGet);

        for (int commit = 0; commit < 50; commit++) {
            wakeUps.request();
        }

        assertThat(executor.held).hasSize(1);
        assertThat(executor.delaysNanos).containsExactly(Duration.ofMillis(10).toNanos());
        executor.runHeld();
        assertThat(runs).hasValue(1);
        assertThat(executor.held).isEmpty();
    }

    @Test
    void aCommitWhileARunIsGoingGetsARunOfItsOwnAfterIt() {
        HeldExecutor executor = new HeldExecutor();
        AtomicInteger runs = new AtomicInteger();
        CoalescedRuns[] wakeUps = new CoalescedRuns[1];
        // the run's select may already have been read when this commit lands: it must be relayed by a later run
        wakeUps[0] = new CoalescedRuns(executor, Duration.ofMillis(10), () -> {
            if (runs.incrementAndGet() == 1) {
                wakeUps[0].request();
            }
        });

        wakeUps[0].request();
        executor.runHeld();
        assertThat(executor.held).as("the commit during the first run scheduled a second").hasSize(1);
        executor.runHeld();
        assertThat(runs).hasValue(2);

        wakeUps[0].request();
        assertThat(executor.held).as("a later commit starts a new window").hasSize(1);
    }
}
