package vn.motcua.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After an import: compares stats-service's Biểu 06 report for every quarter and unit of the file with
 * counts computed from the file itself. {@code ReportCheck [--baseline] FILE STATS_URL EXPECTED_REJECTED UNIT=TOKEN...}.
 * Run with {@code --baseline} before the import: the reports' totals are saved to {@code FILE.baseline.json},
 * and the check then compares the change in each total, so a platform holding other dossiers can be used.
 * (a token of a supervisor of each unit: the report answers only for the caller's own unit). Lines listed in
 * {@code FILE.problems.txt} are left out, and their number must be EXPECTED_REJECTED, so that a valid line
 * the services wrongly refused fails the check too. Polls until the counts agree (the report follows Kafka)
 * or 240 s pass ({@code MOTCUA_REPORT_WAIT_SECONDS}); prints "N passed, N failed".
 */
public final class ReportCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROBLEM_LINE = Pattern.compile("^line (\\d+)");
    private static final List<String> MEASURES = List.of("receivedOnline", "receivedNew", "carriedOver", "resolvedTotal",
            "withdrawn", "refused", "inProgressTotal");

    private ReportCheck() {
    }

    record Quarter(String label, LocalDate first, LocalDate last) {
        static Quarter of(LocalDate day) {
            int q = (day.getMonthValue() - 1) / 3;
            LocalDate first = LocalDate.of(day.getYear(), q * 3 + 1, 1);
            return new Quarter(day.getYear() + "-Q" + (q + 1), first, first.plusMonths(3).minusDays(1));
        }
    }

    public static void main(String[] args) throws Exception {
        boolean baseline = args[0].equals("--baseline");
        if (baseline) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        Path file = Path.of(args[0]);
        Path baselineFile = file.resolveSibling(file.getFileName() + ".baseline.json");
        URI stats = URI.create(args[1]);
        long expectedRejected = Long.parseLong(args[2]);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            tokens.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        Set<Long> problems = baseline ? Set.of() : problemLines(file.resolveSibling(file.getFileName() + ".problems.txt"));
        int passed = 0;
        int failed = 0;
        if (baseline) {
            // no check: read every quarter's totals before the import
        } else if (problems.size() == expectedRejected) {
            passed++;
            System.out.printf("  ok    %d lines rejected, as generated%n", problems.size());
        } else {
            failed++;
            System.out.printf("  FAIL  %d lines rejected or failed, expected %d (see %s.problems.txt)%n", problems.size(),
                    expectedRejected, file.getFileName());
        }
        List<JsonNode> dossiers = new ArrayList<>();
        long lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (!problems.contains(lineNo) && !line.isBlank()) {
                try {
                    dossiers.add(JSON.readTree(line));
                } catch (IOException e) {
                    if (!baseline) {
                        throw new IOException("line " + lineNo + " is not JSON but was not rejected", e);
                    }
                }
            }
        }
        Set<Quarter> quarters = new java.util.TreeSet<>(java.util.Comparator.comparing(Quarter::first));
        dossiers.forEach(d -> {
            if (d.path("receivedAt").isTextual()) {
                try {
                    quarters.add(Quarter.of(day(d, "receivedAt")));
                } catch (java.time.format.DateTimeParseException e) {
                    // a bad line, rejected by the import
                }
            }
        });
        if (baseline) {
            HttpClient http = HttpClient.newHttpClient();
            com.fasterxml.jackson.databind.node.ObjectNode saved = JSON.createObjectNode();
            for (var unit : tokens.entrySet()) {
                for (Quarter quarter : quarters) {
                    saved.set(unit.getKey() + " " + quarter.label(),
                            JSON.valueToTree(actual(report(http, stats, unit.getKey(), quarter, unit.getValue()).path("total"))));
                }
            }
            Files.writeString(baselineFile, saved.toString());
            System.out.println("report-check: baseline of " + saved.size() + " reports saved to " + baselineFile);
            return;
        }
        JsonNode before = Files.exists(baselineFile) ? JSON.readTree(Files.readString(baselineFile)) : JSON.createObjectNode();

        HttpClient http = HttpClient.newHttpClient();
        long wait = Long.parseLong(System.getenv().getOrDefault("MOTCUA_REPORT_WAIT_SECONDS", "240"));
        long deadline = System.nanoTime() + Duration.ofSeconds(wait).toNanos();
        for (var unit : tokens.entrySet()) {
            for (Quarter quarter : quarters) {
                Map<String, Long> expected = expected(dossiers, unit.getKey(), quarter);
                JsonNode was = before.path(unit.getKey() + " " + quarter.label());
                expected.replaceAll((measure, value) -> value + was.path(measure).asLong(0));
                Map<String, Long> actual;
                JsonNode report;
                while (true) {
                    report = report(http, stats, unit.getKey(), quarter, unit.getValue());
                    actual = actual(report.path("total"));
                    if (actual.equals(expected) || System.nanoTime() > deadline) {
                        break;
                    }
                    Thread.sleep(2000);
                }
                if (actual.equals(expected) && report.path("consistent").asBoolean()) {
                    passed++;
                    System.out.printf("  ok    unit %s %s: %s%n", unit.getKey(), quarter.label(), expected);
                } else {
                    failed++;
                    System.out.printf("  FAIL  unit %s %s: expected %s, report %s (consistent %s)%n", unit.getKey(),
                            quarter.label(), expected, actual, report.path("consistent").asText());
                }
            }
        }
        System.out.printf("report-check: %d passed, %d failed%n", passed, failed);
        System.exit(failed == 0 ? 0 : 1);
    }

    static Map<String, Long> expected(List<JsonNode> dossiers, String unit, Quarter q) {
        long online = 0, received = 0, carried = 0, resolved = 0, withdrawn = 0, refused = 0, inProgress = 0;
        for (JsonNode d : dossiers) {
            if (!unit.equals(d.path("unitCode").asText())) {
                continue;
            }
            LocalDate in = day(d, "receivedAt");
            String outcome = d.path("outcome").asText(null);
            if ("REFUSED".equals(outcome)) {
                refused += within(in, q) ? 1 : 0;
                continue;
            }
            LocalDate finished = d.hasNonNull("resolvedAt") ? day(d, "resolvedAt") : null;
            if (within(in, q)) {
                received++;
                online += d.path("channel").asText().equals("ONLINE") ? 1 : 0;
            }
            if (in.isBefore(q.first()) && (finished == null || !finished.isBefore(q.first()))) {
                carried++;
            }
            if (finished != null && within(finished, q)) {
                if ("WITHDRAWN".equals(outcome)) {
                    withdrawn++;
                } else {
                    resolved++;
                }
            }
            if (!in.isAfter(q.last()) && (finished == null || finished.isAfter(q.last()))) {
                inProgress++;
            }
        }
        return measures(online, received, carried, resolved, withdrawn, refused, inProgress);
    }

    static Map<String, Long> actual(JsonNode total) {
        return measures(total.path("receivedOnline").asLong(),
                total.path("receivedOnline").asLong() + total.path("receivedInPerson").asLong(),
                total.path("carriedOver").asLong(), total.path("resolvedTotal").asLong(), total.path("withdrawn").asLong(),
                total.path("refused").asLong(), total.path("inProgressTotal").asLong());
    }

    private static Map<String, Long> measures(long... values) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(MEASURES.get(i), values[i]);
        }
        return map;
    }

    private static boolean within(LocalDate day, Quarter q) {
        return !day.isBefore(q.first()) && !day.isAfter(q.last());
    }

    static LocalDate day(JsonNode d, String field) {
        return OffsetDateTime.parse(d.path(field).asText()).atZoneSameInstant(GenerateLegacyFile.VIETNAM).toLocalDate();
    }

    private static JsonNode report(HttpClient http, URI stats, String unit, Quarter q, String token)
            throws IOException, InterruptedException {
        URI uri = stats.resolve("/api/v1/reports/dossiers?unit=" + unit + "&period=" + q.label() + "&cutoff=calendar");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static Set<Long> problemLines(Path problems) throws IOException {
        Set<Long> lines = new HashSet<>();
        if (Files.exists(problems)) {
            for (String line : Files.readAllLines(problems, StandardCharsets.UTF_8)) {
                Matcher m = PROBLEM_LINE.matcher(line);
                if (m.find()) {
                    lines.add(Long.parseLong(m.group(1)));
                }
            }
        }
        return lines;
    }
}
