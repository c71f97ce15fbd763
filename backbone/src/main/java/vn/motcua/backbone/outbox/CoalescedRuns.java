package vn.motcua.backbone.outbox;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a task once for every burst of requests: the first request schedules a run {@code window} later, and the
 * requests until that run starts are served by it. A request made while a run is going schedules the next one, so
 * none is lost: whatever a request asks for is done by a run that starts after it.
 */
final class CoalescedRuns {

    private final ScheduledExecutorService executor;
    private final Duration window;
    private final Runnable task;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    CoalescedRuns(ScheduledExecutorService executor, Duration window, Runnable task) {
        this.executor = executor;
        this.window = window;
        this.task = task;
    }

    void request() {
        if (scheduled.compareAndSet(false, true)) {
            executor.schedule(this::run, window.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void run() {
        scheduled.set(false);
        task.run();
    }
}
