package vn.motcua.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports an NDJSON file line by line with bounded concurrency: intake first (the dossier, with its original
 * instants), then workflow (the outcome), retrying workflow while its case has not yet arrived from Kafka.
 * A bad line is rejected with its number and reason and never stops the rest.
 */
final class Importer {

    /** How one line ended. */
    enum Result { IMPORTED, SKIPPED, REJECTED, FAILED }

    record Problem(long line, String legacyId, Result result, String reason) {
    }

    record Settings(URI intake, URI workflow, int concurrency, Duration notYetKnownPatience, boolean restart) {
    }

    private static final int MAX_ATTEMPTS = 6;
    /** Lines between reading and finishing: bounds memory and how much a restart redoes. */
    private static final int IN_FLIGHT = 512;

    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private ExecutorService intakeWorkers;
    private ExecutorService outcomeWorkers;
    private Checkpoint checkpoint;

    private final Settings settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final TokenSource tokens;
    private final PrintStream out;
    private final AtomicLong imported = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    Importer(Settings settings, HttpClient http, ObjectMapper json, TokenSource tokens, PrintStream out) {
        this.settings = settings;
        this.http = http;
        this.json = json;
        this.tokens = tokens;
        this.out = out;
    }

    /** Returns the process exit code: 0 when every line was imported, skipped or rejected; 1 if some failed. */
    int run(Path file) throws IOException, InterruptedException {
        Path checkpointFile = file.resolveSibling(file.getFileName() + ".checkpoint");
        long resumeAfter = settings.restart() ? 0 : Checkpoint.read(checkpointFile);
        long total = countLines(file);
        Checkpoint checkpoint = new Checkpoint(checkpointFile, resumeAfter);
        if (resumeAfter > 0) {
            out.printf("resuming after line %d of %d (checkpoint %s; --restart starts over)%n", resumeAfter, total,
                    checkpointFile);
        }
        Progress progress = new Progress(out, total - resumeAfter, done, imported, skipped, problems);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "import-progress");
            t.setDaemon(true);
            return t;
        });
        // Ctrl-C or kill: the lines finished so far stay finished
        Thread saveOnExit = new Thread(checkpoint::save, "import-checkpoint");
        Runtime.getRuntime().addShutdownHook(saveOnExit);
        ticker.scheduleAtFixedRate(() -> {
            progress.print(false);
            checkpoint.save();
        }, 1, 1, TimeUnit.SECONDS);

        // two stages, so that intake's requests never wait for Kafka: intake workers hand each dossier with an
        // outcome to the workflow workers, which retry while its case is still on its way
        intakeWorkers = Executors.newFixedThreadPool(settings.concurrency());
        outcomeWorkers = Executors.newFixedThreadPool(settings.concurrency() * 4); // mostly waiting for Kafka
        this.checkpoint = checkpoint;
        long lineNo = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (lineNo <= resumeAfter) {
                    continue;
                }
                long number = lineNo;
                if (text.isBlank()) {
                    checkpoint.finished(number);
                    done.incrementAndGet();
                    continue;
                }
                String line = text;
                inFlight.acquire();
                intakeWorkers.execute(() -> guarded(number, () -> importLine(number, line)));
            }
        } finally {
            inFlight.acquire(IN_FLIGHT);   // every line finished (or failed)
            intakeWorkers.shutdown();
            outcomeWorkers.shutdown();
            outcomeWorkers.awaitTermination(1, TimeUnit.MINUTES);
            ticker.shutdownNow();
            checkpoint.save();
            Runtime.getRuntime().removeShutdownHook(saveOnExit);
        }
        progress.print(true);
        return summary(file, progress.seconds());
    }

    private interface Step {
        /** Returns true when the line is finished, false when a later stage took it over. */
        boolean run() throws InterruptedException;
    }

    /** Runs one stage of a line; the line is finished exactly once, whatever happens. */
    private void guarded(long number, Step step) {
        boolean finished = true;
        try {
            finished = step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(new Problem(number, null, Result.FAILED, "interrupted"));
        } catch (RuntimeException e) {
            problems.add(new Problem(number, null, Result.FAILED, e.toString()));
        } finally {
            if (finished) {
                checkpoint.finished(number);
                done.incrementAndGet();
                inFlight.release();
            }
        }
    }

    private boolean importLine(long number, String text) throws InterruptedException {
        LegacyLine line;
        try {
            line = LegacyLine.parse(text, json);
        } catch (LegacyLine.Rejected e) {
            problems.add(new Problem(number, null, Result.REJECTED, e.getMessage()));
            return true;
        }
        Answer intake = post(settings.intake().resolve("/api/v1/migration/dossiers"), line.intake().toString(), false);
        if (intake.status != 200 && intake.status != 201) {
            problems.add(new Problem(number, line.legacyId(), intake.failed() ? Result.FAILED : Result.REJECTED,
                    "intake: " + intake.reason()));
            return true;
        }
        boolean created = intake.status == 201;
        if (line.outcome() == null) {
            (created ? imported : skipped).incrementAndGet();
            return true;
        }
        outcomeWorkers.execute(() -> guarded(number, () -> applyOutcome(number, line, intake.body, created)));
        return false;
    }

    private boolean applyOutcome(long number, LegacyLine line, JsonNode dossier, boolean created)
            throws InterruptedException {
        String id = dossier.path("id").asText();
        Answer workflow = post(settings.workflow().resolve("/api/v1/migration/dossiers/" + id + "/outcome"),
                line.outcome().toString(), true);
        if (workflow.status != 200 && workflow.status != 201) {
            problems.add(new Problem(number, line.legacyId(), workflow.failed() ? Result.FAILED : Result.REJECTED,
                    "workflow (dossier " + dossier.path("code").asText() + " is in intake): " + workflow.reason()));
            return true;
        }
        (created || workflow.status == 201 ? imported : skipped).incrementAndGet();
        return true;
    }

    private record Answer(int status, JsonNode body, String error) {
        boolean failed() {
            // not the line's fault: the service is away or refuses the client, or the case never arrived
            return status == 0 || status >= 500 || status == 401 || status == 403
                    || (status == 409 && body.path("type").asText().endsWith("not-yet-known"));
        }

        String reason() {
            if (status == 0) {
                return error;
            }
            String detail = body.path("detail").asText(body.path("title").asText(""));
            return "HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    /**
     * POSTs with retries: network errors and 5xx back off and retry; 401 renews the token once; workflow's 409
     * {@code not-yet-known} (the case is still on its way through Kafka) is retried for notYetKnownPatience.
     */
    private Answer post(URI uri, String body, boolean mayBeNotYetKnown) throws InterruptedException {
        long deadline = System.nanoTime() + settings.notYetKnownPatience().toNanos();
        int attempts = 0;
        long backoff = 100;
        Answer last = null;
        while (true) {
            attempts++;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", tokens.bearer())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode answer = response.body().isBlank() ? json.createObjectNode() : readOrText(response.body());
                last = new Answer(response.statusCode(), answer, null);
                int status = response.statusCode();
                if (status == 401 && attempts == 1) {
                    tokens.expire();
                    continue;
                }
                boolean notYetKnown = mayBeNotYetKnown && status == 409
                        && answer.path("type").asText().endsWith("not-yet-known");
                if (notYetKnown && System.nanoTime() < deadline) {
                    Thread.sleep(Math.min(backoff, 2000));
                    backoff *= 2;
                    attempts = 1;
                    continue;
                }
                if (status < 500 || attempts >= MAX_ATTEMPTS) {
                    return last;
                }
            } catch (IOException e) {
                last = new Answer(0, json.createObjectNode(), e.getClass().getSimpleName() + ": " + e.getMessage());
                if (attempts >= MAX_ATTEMPTS) {
                    return last;
                }
            }
            Thread.sleep(Math.min(backoff, 5000));
            backoff *= 2;
        }
    }

    private JsonNode readOrText(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode().put("detail", text.length() > 200 ? text.substring(0, 200) : text);
        }
    }

    private int summary(Path file, double seconds) throws IOException {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(Problem::line));
        long rejected = sorted.stream().filter(p -> p.result() == Result.REJECTED).count();
        long failed = sorted.stream().filter(p -> p.result() == Result.FAILED).count();
        out.println();
        out.printf("imported %d, skipped as already present %d, rejected %d, failed %d, in %.1f s (%.0f records/s)%n",
                imported.get(), skipped.get(), rejected, failed, seconds,
                seconds > 0 ? (imported.get() + skipped.get() + rejected + failed) / seconds : 0.0);
        if (!sorted.isEmpty()) {
            Path report = file.resolveSibling(file.getFileName() + ".problems.txt");
            List<String> lines = new ArrayList<>();
            for (Problem p : sorted) {
                lines.add("line " + p.line() + (p.legacyId() == null ? "" : " (" + p.legacyId() + ")") + ": "
                        + p.result() + ": " + p.reason());
            }
            Files.write(report, lines, StandardCharsets.UTF_8);
            lines.stream().limit(20).forEach(l -> out.println("  " + l));
            if (lines.size() > 20) {
                out.printf("  ... %d more%n", lines.size() - 20);
            }
            out.println("every rejected or failed line: " + report);
        }
        if (failed > 0) {
            out.println("some lines failed (service unreachable or refusing): run the same command again to retry them;"
                    + " what was imported is skipped");
        }
        return failed > 0 ? 1 : 0;
    }

    private static long countLines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }
}
