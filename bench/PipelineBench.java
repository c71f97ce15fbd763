import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The event side of bench/pipeline.sh (see bench/README.md), a single-file program run with Kafka's client jars
 * and the PostgreSQL driver on the class path:
 * <pre>
 * publish BOOTSTRAP EVENTS                       dossier events of a province over two years on motcua.dossier
 * end BOOTSTRAP                                  the sum of the topic's end offsets
 * drain BOOTSTRAP GROUP FROM TO TIMEOUT_S        waits until GROUP has committed TO (sum of offsets), prints the
 *                                                rate from FROM (the sum when publication began; -1: what the group
 *                                                had committed when the measure began) over the time taken, or over
 *                                                TIMEOUT_S if it has not finished by then
 * lag BOOTSTRAP JDBC_URL USER PASSWORD RATE SECONDS
 *                                                receipts of a unit of its own at RATE/s; prints the p50/p99 delay
 *                                                from each send to its count in the unit's report counters
 * </pre>
 * The payloads follow the contracts' JSON Schemas (contracts/src/main/resources/schemas) and the CloudEvents
 * binary-mode headers the services' consumers read.
 */
public final class PipelineBench {

    private static final String TOPIC = "motcua.dossier";
    private static final java.util.concurrent.atomic.AtomicLong FAILED = new java.util.concurrent.atomic.AtomicLong();
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2024-12-01");
    private static final int DAYS = 730;
    private static final String[][] PROCEDURES = {{"1.001193", "ho-tich"}, {"1.000894", "ho-tich"},
        {"1.000656", "ho-tich"}, {"2.000815", "chung-thuc"}, {"2.000884", "chung-thuc"}, {"1.001612", "ho-kinh-doanh"},
        {"2.000720", "ho-kinh-doanh"}, {"1.013978", "dat-dai"}, {"1.001662", "tai-nguyen-nuoc"}};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "publish" -> publish(args[1], Long.parseLong(args[2]));
            case "end" -> System.out.println(sum(endOffsets(args[1])));
            case "drain" -> drain(args[1], args[2], Long.parseLong(args[3]), Long.parseLong(args[4]),
                    Long.parseLong(args[5]));
            case "lag" -> lag(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap, int lingerMs) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // a loaded machine can hold a batch longer than the default two minutes; a send that fails is counted
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 900_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** An event held back to be published in the order of its instant ({@code BENCH_ORDER=time}). */
    private record Pending(Instant at, long sequence, String dossierId, String code, String type, String payload) {
    }

    private static final boolean IN_TIME_ORDER = !"dossier".equals(System.getenv("BENCH_ORDER"));
    private static final List<Pending> PENDING = new ArrayList<>();

    private static void send(KafkaProducer<String, String> producer, Instant at, String dossierId, String code,
            String type, String payload) {
        if (IN_TIME_ORDER) {
            PENDING.add(new Pending(at, PENDING.size(), dossierId, code, type, payload));
        } else {
            send(producer, dossierId, code, type, payload);
        }
    }

    private static void send(KafkaProducer<String, String> producer, String dossierId, String code, String type,
            String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, dossierId, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "/motcua/bench");
        header(record, "ce_type", type);
        header(record, "ce_subject", code);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                FAILED.incrementAndGet();
            }
        });
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A province (1 unit), 10 districts and 100 communes, codes 95000-95110, receiving dossiers over two years. */
    private static void publish(String bootstrap, long events) {
        Random random = new Random(20261206L);
        long sent = 0;
        long dossiers = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer(bootstrap, 20)) {
            while (sent < events) {
                dossiers++;
                sent += dossier(producer, random, dossiers, events - sent);
            }
            if (IN_TIME_ORDER) { // as a live system produces them: every dossier's events at their instants
                PENDING.sort(java.util.Comparator.comparing(Pending::at).thenComparingLong(Pending::sequence));
                for (Pending e : PENDING) {
                    send(producer, e.dossierId(), e.code(), e.type(), e.payload());
                }
                PENDING.clear();
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("published %d events of %d dossiers in %.1f s (%.0f events/s), %d sends failed%n",
                sent - FAILED.get(), dossiers, seconds, (sent - FAILED.get()) / seconds, FAILED.get());
    }

    /**
     * One dossier's events, in their order on its key: received; then resolved early, on time or late (80%),
     * extended once then resolved (8%), withdrawn (5%), or still in progress (the rest, and the last dossiers when
     * fewer events than they need are left: the count published is exact).
     */
    private static int dossier(KafkaProducer<String, String> producer, Random random, long n, long left) {
        String unit = String.valueOf(95_000 + random.nextInt(111));
        String level = unit.equals("95000") ? "PROVINCE" : (Integer.parseInt(unit) - 95_000) % 11 == 1 ? "DISTRICT"
                : "COMMUNE";
        String[] procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
        int c = random.nextInt(10);
        String channel = c < 3 ? "ONLINE" : c < 4 ? "POSTAL" : "IN_PERSON";
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Instant received = day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(VN).toInstant();
        Instant due = day.plusDays(3 + random.nextInt(12)).atTime(17, 0).atZone(VN).toInstant();
        String id = "bench-" + n;
        String code = "%s-%s-%04d".formatted(unit, day.toString().substring(2).replace("-", ""), n % 10_000);
        String common = """
                "dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"%s","fieldCode":"%s",\
                "channel":"%s\"""".formatted(id, code, unit, procedure[0], procedure[1], channel);
        send(producer, received, id, code, "vn.motcua.dossier.received.v1", """
                {%s,"procedureVersion":1,"level":"%s","receivedAt":"%s","dueAt":"%s","applicantInitials":"N.V.A."}"""
                .formatted(common, level, received, due));
        int outcome = random.nextInt(100);
        if (left < 3) {
            outcome = left == 2 ? 0 : 99;
        }
        if (outcome < 80) {
            resolve(producer, random, id, code, common, received, due);
            return 2;
        }
        if (outcome < 88) {
            Instant extended = due.plus(Duration.ofDays(5 + random.nextInt(10)));
            send(producer, due.minus(Duration.ofDays(1)), id, code, "vn.motcua.dossier.deadline-extended.v1", """
                    {%s,"dueAt":"%s","occurredAt":"%s","actor":"chuyen.vien","reason":"cần xác minh thêm",\
                    "previousDueAt":"%s"}""".formatted(common, extended, due.minus(Duration.ofDays(1)), due));
            resolve(producer, random, id, code, common, received, extended);
            return 3;
        }
        if (outcome < 93) {
            Instant withdrawn = received.plus(Duration.ofDays(1 + random.nextInt(3)));
            send(producer, withdrawn, id, code, "vn.motcua.dossier.withdrawn.v1", """
                    {%s,"dueAt":"%s","occurredAt":"%s","actor":"mot.cua","reason":"công dân rút hồ sơ"}"""
                    .formatted(common, due, withdrawn));
            return 2;
        }
        return 1;
    }

    private static void resolve(KafkaProducer<String, String> producer, Random random, String id, String code,
            String common, Instant received, Instant due) {
        int days = random.nextInt(10) - 7; // from a week early to two days late
        LocalDate dueDay = due.atZone(VN).toLocalDate();
        LocalDate resolvedDay = dueDay.plusDays(days);
        if (!resolvedDay.isAfter(received.atZone(VN).toLocalDate())) {
            resolvedDay = received.atZone(VN).toLocalDate().plusDays(1);
        }
        Instant resolved = resolvedDay.atTime(10, 30).atZone(VN).toInstant();
        String timeliness = resolvedDay.isBefore(dueDay) ? "EARLY" : resolvedDay.equals(dueDay) ? "ON_TIME" : "LATE";
        send(producer, resolved, id, code, "vn.motcua.dossier.resolved.v1", """
                {%s,"outcome":"APPROVED","receivedAt":"%s","dueAt":"%s","resolvedAt":"%s","timeliness":"%s"}"""
                .formatted(common, received, due, resolved, timeliness));
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of("bootstrap.servers", bootstrap));
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                return Map.of();
            }
            Set<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC)
                    .partitions().stream().map(p -> new TopicPartition(TOPIC, p.partition()))
                    .collect(Collectors.toSet());
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long committed(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(TOPIC) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    /** Polls GROUP's committed offsets every second until they reach {@code to}, or the timeout. */
    private static void drain(String bootstrap, String group, long from, long to, long timeoutSeconds) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            long done = committed(admin, group);
            if (from < 0) { // from what the group had applied when the measure began
                from = done;
            }
            while (done < to && System.nanoTime() < deadline) {
                Thread.sleep(1000); // a sampling interval: offsets are committed every few seconds anyway
                done = committed(admin, group);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d of %d events applied in %.1f s: %.0f events/s%s%n", group, done - from,
                    to - from, seconds, (done - from) / seconds, done < to ? " (timed out, rate over the window)" : "");
            System.out.printf("RATE %.0f%n", (done - from) / seconds);
        }
    }

    /**
     * Sends receipts of unit 95999 at {@code rate} per second for {@code seconds}, dated today, and polls the
     * unit's report counters (the roll-up key's year buckets of RECEIVED, what a report reads) every 10 ms: the
     * k-th receipt counts as visible when the unit's count first reaches k (partitions are read in order, so this
     * is exact when a poll commits them in order, and otherwise spreads the same delays over the receipts).
     */
    private static void lag(String bootstrap, String jdbc, String user, String password, int rate, int seconds)
            throws Exception {
        int total = rate * seconds;
        long[] sentAt = new long[total];
        long[] seenAt = new long[total];
        String unit = "95999";
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
                PreparedStatement count = db.prepareStatement("""
                        select coalesce(sum(c.n), 0) from counter_key k join counter_count c on c.key_id = k.id
                        where k.unit_code = ? and k.field_code = '*' and k.measure = 'RECEIVED' and c.grain = 'Y'""")) {
            count.setString(1, unit);
            long base = visible(count);
            Thread poller = new Thread(() -> {
                int seen = 0;
                try {
                    while (seen < total) {
                        long now = System.nanoTime();
                        int visible = (int) (visible(count) - base);
                        while (seen < Math.min(visible, total)) {
                            seenAt[seen++] = now;
                        }
                        Thread.sleep(10); // the lag's resolution: a 10 ms poll of the counters a report reads
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            poller.start();
            long runId = System.currentTimeMillis() % 1_000_000;
            try (KafkaProducer<String, String> producer = producer(bootstrap, 0)) {
                long start = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    long due = start + (long) (i * 1e9 / rate);
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                    }
                    Instant now = Instant.now();
                    String id = "lag-" + runId + "-" + i;
                    String code = "%s-%s-%04d".formatted(unit, "261206", i);
                    sentAt[i] = System.nanoTime();
                    send(producer, id, code, "vn.motcua.dossier.received.v1", """
                            {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193",\
                            "procedureVersion":1,"fieldCode":"ho-tich","level":"COMMUNE","channel":"ONLINE",\
                            "receivedAt":"%s","dueAt":"%s"}""".formatted(id, code, unit, now,
                            now.plus(Duration.ofDays(7))));
                }
            }
            poller.join(TimeUnit.SECONDS.toMillis(120));
            List<Double> delays = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                if (seenAt[i] > 0) {
                    delays.add((seenAt[i] - sentAt[i]) / 1e6);
                }
            }
            double[] sorted = delays.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("lag at %d events/s for %d s: %d of %d visible; p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    rate, seconds, sorted.length, total, sorted[sorted.length / 2],
                    sorted[(int) Math.ceil(sorted.length * 0.99) - 1], sorted[sorted.length - 1]);
        }
    }

    private static long visible(PreparedStatement count) throws Exception {
        try (ResultSet r = count.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
