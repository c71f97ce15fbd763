import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reception load for bench/intake.sh: closed-loop front desks posting valid, varied dossiers to
 * POST /api/v1/dossiers (every procedure each demo desk may receive today, with all their components, in person
 * and by post, both demo desks whose unit is in force), at 1 and then N connections, after a warm-up.
 *
 *   java -cp 'tools/importer/target/lib/*' bench/IntakeBench.java INTAKE_URL REALM_URL WARMUP_S SINGLE_S MULTI_S CONNS
 *
 * Prints one line per phase, then the line bench/intake.sh parses:
 *   RESULT single_rate single_p50 single_p99 multi_rate multi_p50 multi_p99 accepted_total failed_total
 */
public class IntakeBench {

    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1 as the desks' browsers and the gateway speak it: the JDK client's default, HTTP/2 over cleartext (h2c,
     * which no browser uses), put all connections' requests on one TCP connection and cost intake's event loop HPACK
     * and stream work; measured on the same platform, minute by minute, it added 25-45 ms to a reception's p50.
     */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The desks' users (BENCH_DESKS, space-separated; their password is MOTCUA_DEMO_PASSWORD). */
    static final String[] DESKS = System.getenv().getOrDefault("BENCH_DESKS", "frontdesk.commune frontdesk.district")
            .trim().split("\\s+");

    record Desk(String user, String token, List<byte[]> bodies) {
    }

    record Phase(long accepted, long failed, double seconds, long[] latenciesMicros) {

        double rate() {
            return accepted / seconds;
        }

        double percentileMs(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latenciesMicros.length - 1, Math.ceil(p * latenciesMicros.length) - 1);
            return latenciesMicros[Math.max(0, index)] / 1000.0;
        }
    }

    static String intake;
    static String realm;
    static final Map<String, String> FAILURES = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        intake = args[0];
        realm = args[1];
        int warmup = Integer.parseInt(args[2]);
        int single = Integer.parseInt(args[3]);
        int multi = Integer.parseInt(args[4]);
        int conns = Integer.parseInt(args[5]);
        String password = System.getenv().getOrDefault("MOTCUA_DEMO_PASSWORD", "demo");

        List<String> users = new ArrayList<>(List.of(DESKS));
        if (!System.getenv().getOrDefault("BENCH_UNIT_DESKS", "1").equals("0")) {
            users.addAll(unitDesks(password));
        }
        List<Desk> desks = new ArrayList<>();
        for (String user : users) {
            Desk desk = desk(user, password);
            if (desk != null) {
                desks.add(desk);
            }
        }
        if (desks.isEmpty()) {
            throw new IllegalStateException("no demo desk can receive a dossier today");
        }
        if (warmup > 0) {
            report("warm-up", run(desks, conns, warmup));
        }
        Phase one = run(refreshed(desks, password), 1, single);
        report("1 connection", one);
        Phase many = run(refreshed(desks, password), conns, multi);
        report(conns + " connections", many);
        FAILURES.forEach((k, v) -> System.out.println("  a failure: " + k + " " + v));
        System.out.printf("RESULT %.1f %.1f %.1f %.1f %.1f %.1f %d %d%n", one.rate(), one.percentileMs(0.5),
                one.percentileMs(0.99), many.rate(), many.percentileMs(0.5), many.percentileMs(0.99),
                one.accepted() + many.accepted(), one.failed() + many.failed());
    }

    static void report(String name, Phase p) {
        System.out.printf("  %-15s %6d accepted in %5.1f s: %7.1f/s, p50 %6.1f ms, p99 %6.1f ms, %d failed%n", name,
                p.accepted(), p.seconds(), p.rate(), p.percentileMs(0.5), p.percentileMs(0.99), p.failed());
    }

    static List<Desk> refreshed(List<Desk> desks, String password) throws Exception {
        List<Desk> fresh = new ArrayList<>();
        for (Desk d : desks) {
            fresh.add(new Desk(d.user(), token(d.user(), password), d.bodies()));
        }
        return fresh;
    }

    /** A desk with a body per procedure it receives today and channel; null when its unit receives nothing today. */
    static Desk desk(String user, String password) throws Exception {
        String token = token(user, password);
        JsonNode me = get(intake + "/api/v1/caller", token);
        String unit = me == null ? null : me.path("unitCode").asText(null);
        JsonNode unitView = unit == null ? null : get(intake + "/api/v1/units/" + unit, null);
        String level = unitView == null || unitView.path("inForce").isNull() ? null
                : unitView.path("inForce").path("level").asText(null);
        if (level == null) {
            System.out.println("  " + user + ": unit " + unit + " is not in force today, not used");
            return null;
        }
        JsonNode page = get(intake + "/api/v1/procedures?level=" + level + "&size=100", null);
        List<byte[]> bodies = new ArrayList<>();
        int n = 0;
        for (JsonNode summary : page.path("items")) {
            JsonNode detail = get(intake + "/api/v1/procedures/" + summary.path("code").asText(), null);
            for (String channel : List.of("IN_PERSON", "POSTAL")) {
                bodies.add(JSON.writeValueAsBytes(body(detail, channel, n++)));
            }
        }
        System.out.println("  " + user + ": unit " + unit + " (" + level + "), " + page.path("items").size()
                + " procedures, " + bodies.size() + " dossier bodies");
        return bodies.isEmpty() ? null : new Desk(user, token, bodies);
    }

    /**
     * A bench-only front-desk user per unit in force today that numbers dossiers (an electronic identifier) and has no
     * demo desk: the demo realm has one desk in force, and one unit's desks share one counter row (its code prefix),
     * so varied units are reached this way. Created once through Keycloak's admin API (KC_BOOTSTRAP_ADMIN_USERNAME /
     * _PASSWORD, admin/admin by default, DEMO) as {@code bench.desk.<unit>}, role front-desk, the demo password.
     */
    static List<String> unitDesks(String password) throws Exception {
        String keycloak = realm.substring(0, realm.indexOf("/realms/"));
        String admin = System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        String adminPassword = System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(admin, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> tokenResponse = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                + "/realms/master/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (tokenResponse.statusCode() != 200) {
            System.out.println("  no Keycloak admin token (" + tokenResponse.statusCode() + "): only the demo desks are used");
            return List.of();
        }
        String token = JSON.readTree(tokenResponse.body()).path("access_token").asText();
        String users = keycloak + "/admin/realms/motcua/users";
        JsonNode role = get(keycloak + "/admin/realms/motcua/roles/front-desk", token);
        List<String> created = new ArrayList<>();
        List<JsonNode> units = new ArrayList<>();
        collect(get(intake + "/api/v1/units/tree", null).path("units"), units);
        for (JsonNode unit : units) {
            String code = unit.path("code").asText();
            if (unit.path("electronicId").isNull() || code.equals("31639")) { // 31639: frontdesk.commune's unit
                continue;
            }
            String username = "bench.desk." + code;
            ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true)
                    .put("emailVerified", true).put("firstName", "Bench desk").put("lastName", unit.path("name").asText())
                    .put("email", username + "@bench.motcua.invalid");
            user.putObject("attributes").putArray("unit").add(code);
            user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(users))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(user))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 201) {
                String id = get(users + "?exact=true&username=" + username, token).path(0).path("id").asText();
                HTTP.send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(JSON.createArrayNode().add(role))))
                        .build(), HttpResponse.BodyHandlers.ofString());
            } else if (answer.statusCode() != 409) {
                System.out.println("  " + username + " not created (" + answer.statusCode() + "): " + answer.body());
                continue;
            }
            created.add(username);
        }
        System.out.println("  bench desks of the other units in force: " + created);
        return created;
    }

    static void collect(JsonNode units, List<JsonNode> into) {
        for (JsonNode unit : units) {
            into.add(unit);
            collect(unit.path("children"), into);
        }
    }

    static ObjectNode body(JsonNode procedure, String channel, int n) {
        ObjectNode body = JSON.createObjectNode();
        body.put("procedureCode", procedure.path("code").asText());
        body.put("channel", channel);
        ObjectNode applicant = body.putObject("applicant");
        applicant.put("kind", "PERSON");
        applicant.put("name", "Nguyễn Văn Tải " + n);
        applicant.put("idNumber", String.format("0941850%05d", n));
        applicant.put("dateOfBirth", "1985-03-02");
        applicant.put("phone", "0912 345 678");
        applicant.put("address", "Ấp Phú Đức, Long Phú");
        ArrayNode components = body.putArray("components");
        for (JsonNode c : procedure.path("components")) {
            ObjectNode handed = components.addObject();
            handed.put("no", c.path("no").asInt());
            handed.put("originals", c.path("originals").asInt());
            handed.put("copies", c.path("copies").asInt());
        }
        return body;
    }

    static Phase run(List<Desk> desks, int conns, int seconds) throws InterruptedException {
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long[][] latencies = new long[conns][];
        int[] counts = new int[conns];
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[conns];
        for (int t = 0; t < conns; t++) {
            int worker = t;
            latencies[t] = new long[1 << 16];
            threads[t] = new Thread(() -> {
                long i = worker;
                while (System.nanoTime() < end) {
                    Desk desk = desks.get((int) (i % desks.size()));
                    byte[] body = desk.bodies().get((int) ((i / desks.size()) % desk.bodies().size()));
                    i += conns;
                    long sent = System.nanoTime();
                    int status = post(desk, body);
                    long took = (System.nanoTime() - sent) / 1000;
                    if (status == 201) {
                        accepted.incrementAndGet();
                        if (counts[worker] == latencies[worker].length) {
                            latencies[worker] = Arrays.copyOf(latencies[worker], counts[worker] * 2);
                        }
                        latencies[worker][counts[worker]++] = took;
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < conns; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Phase(accepted.get(), failed.get(), elapsed, all);
    }

    static int post(Desk desk, byte[] body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(intake + "/api/v1/dossiers"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + desk.token())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                FAILURES.putIfAbsent(String.valueOf(response.statusCode()), response.body());
            }
            return response.statusCode();
        } catch (Exception e) {
            FAILURES.putIfAbsent(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return -1;
        }
    }

    static JsonNode get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    static String token(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=motcua-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
