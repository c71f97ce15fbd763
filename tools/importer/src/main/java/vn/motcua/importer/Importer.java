package vn.motcua.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports an NDJSON file in batches: each line is checked locally, the good ones go to intake's bulk endpoint in
 * batches of up to 1,000 (a few in flight), one transaction each. Intake announces each dossier and, for a decided
 * one, its legacy history; workflow, document and stats build their state from those events, so nothing waits for
 * Kafka here. A bad line is rejected with its number and reason and never stops the rest.
 */
final class Importer {

    /** How one line ended. */
    enum Result { IMPORTED, SKIPPED, REJECTED, FAILED }

    record Problem(long line, String legacyId, Result result, String reason) {
    }

    /**
     * @param batchSize   records per request (intake takes up to 1,000)
     * @param concurrency batches in flight
     */
    record Settings(URI intake, int batchSize, int concurrency, boolean restart) {
    }

    /** A checked line on its way to intake. */
    record Pending(long line, LegacyLine record) {
    }

    private static final int MAX_ATTEMPTS = 6;
    static final String BATCH_PATH = "/api/v1/migration/dossiers/batch";

    private Semaphore inFlight;
    private ExecutorService workers;
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

        workers = Executors.newFixedThreadPool(settings.concurrency());
        inFlight = new Semaphore(settings.concurrency());
        this.checkpoint = checkpoint;
        long lineNo = 0;
        List<Pending> batch = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (lineNo <= resumeAfter) {
                    continue;
                }
                if (text.isBlank()) {
                    finish(lineNo);
                    continue;
                }
                try {
                    batch.add(new Pending(lineNo, LegacyLine.parse(text, json)));
                } catch (LegacyLine.Rejected e) {
                    problems.add(new Problem(lineNo, null, Result.REJECTED, e.getMessage()));
                    finish(lineNo);
                }
                if (batch.size() == settings.batchSize()) {
                    submit(batch);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                submit(batch);
            }
        } finally {
            inFlight.acquire(settings.concurrency());   // every batch finished (or failed)
            workers.shutdown();
            ticker.shutdownNow();
            checkpoint.save();
            Runtime.getRuntime().removeShutdownHook(saveOnExit);
        }
        progress.print(true);
        return summary(file, progress.seconds());
    }

    private void finish(long line) {
        checkpoint.finished(line);
        done.incrementAndGet();
    }

    /** Waits for a free slot, then sends the batch; its lines are finished exactly once, whatever happens. */
    private void submit(List<Pending> batch) throws InterruptedException {
        inFlight.acquire();
        workers.execute(() -> {
            try {
                send(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(batch, "interrupted");
            } catch (RuntimeException e) {
                fail(batch, e.toString());
            } finally {
                inFlight.release();
            }
        });
    }

    /**
     * Posts the batch; when intake refuses it for bad records, those lines are rejected with intake's reasons and the
     * rest is sent again (nothing of a refused batch was stored).
     */
    private void send(List<Pending> batch) throws InterruptedException {
        List<Pending> remaining = batch;
        while (!remaining.isEmpty()) {
            ArrayNode body = json.createArrayNode();
            remaining.forEach(p -> body.add(p.record().intake()));
            Answer answer = post(settings.intake().resolve(BATCH_PATH), body.toString());
            if (answer.status() == 200) {
                accepted(remaining, answer.body());
                return;
            }
            Map<Integer, String> bad = badRecords(answer);
            if (bad.isEmpty()) {
                // not the records' fault (service away, client refused), or a refusal naming no record
                if (answer.failed()) {
                    fail(remaining, "intake: " + answer.reason());
                } else {
                    reject(remaining, "intake: " + answer.reason());
                }
                return;
            }
            List<Pending> good = new ArrayList<>();
            for (int i = 0; i < remaining.size(); i++) {
                Pending p = remaining.get(i);
                String reason = bad.get(i);
                if (reason == null) {
                    good.add(p);
                } else {
                    problems.add(new Problem(p.line(), p.record().legacyId(), Result.REJECTED, "intake: " + reason));
                    finish(p.line());
                }
            }
            if (good.size() == remaining.size()) {
                // the listing names no record of this batch: sending it again would loop
                reject(remaining, "intake: " + answer.reason());
                return;
            }
            remaining = good;
        }
    }

    private void accepted(List<Pending> batch, JsonNode answer) {
        JsonNode records = answer.path("records");
        for (int i = 0; i < batch.size(); i++) {
            (records.path(i).path("created").asBoolean() ? imported : skipped).incrementAndGet();
            finish(batch.get(i).line());
        }
    }

    /** Intake's 400 listing bad records as {@code [index].field}: the reasons by index in the batch. */
    static Map<Integer, String> badRecords(Answer answer) {
        Map<Integer, String> bad = new TreeMap<>();
        if (answer.status() != 400 || !answer.body().path("type").asText().endsWith("invalid-legacy-batch")) {
            return bad;
        }
        for (JsonNode error : answer.body().path("errors")) {
            Matcher m = INDEXED.matcher(error.path("field").asText());
            if (!m.matches()) {
                return Map.of();
            }
            String what = (m.group(2).isEmpty() ? "" : m.group(2) + ": ") + error.path("message").asText();
            bad.merge(Integer.parseInt(m.group(1)), what, (a, b) -> a + "; " + b);
        }
        return bad;
    }

    private static final Pattern INDEXED = Pattern.compile("\\[(\\d+)\\]\\.?(.*)");

    private void fail(List<Pending> batch, String reason) {
        end(batch, Result.FAILED, reason);
    }

    private void reject(List<Pending> batch, String reason) {
        end(batch, Result.REJECTED, reason);
    }

    private void end(List<Pending> batch, Result result, String reason) {
        for (Pending p : batch) {
            problems.add(new Problem(p.line(), p.record().legacyId(), result, reason));
            finish(p.line());
        }
    }

    record Answer(int status, JsonNode body, String error) {
        boolean failed() {
            // not the line's fault: the service is away or refuses the client
            return status == 0 || status >= 500 || status == 401 || status == 403 || status == 413;
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
     * POSTs with retries: network errors, 5xx and a code taken by a concurrent batch (409 dossier-code-taken: nothing
     * was stored) back off and retry; 401 renews the token once.
     */
    private Answer post(URI uri, String body) throws InterruptedException {
        int attempts = 0;
        long backoff = 100;
        Answer last = null;
        while (true) {
            attempts++;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(120))
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
                boolean raced = status == 409 && answer.path("type").asText().endsWith("dossier-code-taken");
                if ((status < 500 && !raced) || attempts >= MAX_ATTEMPTS) {
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
