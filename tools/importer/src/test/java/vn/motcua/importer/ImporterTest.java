package vn.motcua.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer against a stand-in for intake's bulk endpoint that behaves like it: idempotent by legacyId, and a
 * batch with a record of unit 99999 refused whole, listing the bad records by index.
 */
class ImporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private HttpServer server;
    private final Set<String> stored = Collections.synchronizedSet(new HashSet<>());
    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> answer(exchange, 200,
                "{\"access_token\":\"t\",\"expires_in\":300}"));
        server.createContext(Importer.BATCH_PATH, this::batch);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void batch(HttpExchange exchange) throws IOException {
        JsonNode records = JSON.readTree(exchange.getRequestBody());
        batchSizes.add(records.size());
        ArrayNode errors = JSON.createArrayNode();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).path("unitCode").asText().equals("99999")) {
                errors.addObject().put("field", "[" + i + "].unitCode").put("message", "no unit 99999 in force");
            }
        }
        if (!errors.isEmpty()) {
            ObjectNode problem = JSON.createObjectNode().put("type", "https://motcua.vn/problems/invalid-legacy-batch")
                    .put("status", 400).put("detail", "invalid records");
            problem.set("errors", errors);
            answer(exchange, 400, problem.toString());
            return;
        }
        ObjectNode result = JSON.createObjectNode();
        ArrayNode outcomes = result.putArray("records");
        for (JsonNode r : records) {
            outcomes.addObject().put("created", stored.add(r.path("legacyId").asText()));
        }
        answer(exchange, 200, result.toString());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int importFile(Path file, boolean restart, ByteArrayOutputStream output) throws Exception {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        HttpClient http = HttpClient.newHttpClient();
        TokenSource tokens = new TokenSource(http, JSON, base.resolve("/token"), "motcua-import", "secret");
        Importer importer = new Importer(new Importer.Settings(base, 10, 2, restart), http, JSON, tokens,
                new PrintStream(output, true, StandardCharsets.UTF_8));
        return importer.run(file);
    }

    private static String line(int n, String unit) {
        return "{\"legacyId\":\"HT-" + n + "\",\"unitCode\":\"" + unit + "\",\"procedureCode\":\"1.001193\","
                + "\"channel\":\"IN_PERSON\",\"receivedAt\":\"2022-07-04T08:15:00+07:00\"}";
    }

    @Test
    void recordsGoInBatchesAndIntakesRefusalsAreReportedWithTheirLineNumbers() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= 35; n++) {
            lines.add(n == 7 || n == 23 ? line(n, "99999") : n == 12 ? "{not json" : line(n, "31639"));
        }
        Path file = dir.resolve("export.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        assertThat(importFile(file, false, output)).isZero();

        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("imported 32, skipped as already present 0, rejected 3, failed 0");
        assertThat(Files.readAllLines(file.resolveSibling("export.ndjson.problems.txt")))
                .hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith("line 7 (HT-7): REJECTED: intake: unitCode: no unit 99999"))
                .anySatisfy(l -> assertThat(l).startsWith("line 12: REJECTED: not JSON"))
                .anySatisfy(l -> assertThat(l).startsWith("line 23 (HT-23): REJECTED: intake: unitCode"));
        // batches of 10 checked lines; the two refused ones were sent again without their bad record
        assertThat(batchSizes).contains(10, 9).allMatch(size -> size <= 10);
        assertThat(Checkpoint.read(file.resolveSibling("export.ndjson.checkpoint"))).isEqualTo(35);
    }

    @Test
    void aRerunSkipsEverythingAndRestartGoesThroughTheFileAgain() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            lines.add(line(n, "31639"));
        }
        Path file = dir.resolve("export.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);
        importFile(file, false, new ByteArrayOutputStream());

        ByteArrayOutputStream resumed = new ByteArrayOutputStream();
        importFile(file, false, resumed);
        assertThat(resumed.toString(StandardCharsets.UTF_8)).contains("resuming after line 25 of 25")
                .contains("imported 0, skipped as already present 0");

        ByteArrayOutputStream restarted = new ByteArrayOutputStream();
        assertThat(importFile(file, true, restarted)).isZero();
        assertThat(restarted.toString(StandardCharsets.UTF_8))
                .contains("imported 0, skipped as already present 25, rejected 0, failed 0");
    }
}
