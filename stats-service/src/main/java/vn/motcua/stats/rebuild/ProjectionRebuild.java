package vn.motcua.stats.rebuild;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.dossier.ServiceRated;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.stats.document.DocumentEventFacts;
import vn.motcua.stats.dossier.CounterRecount;
import vn.motcua.stats.dossier.DossierEventFacts;
import vn.motcua.stats.dossier.DossierFacts;
import vn.motcua.stats.rating.RatingCounters;
/**
 * Recomputes the projections (dossier facts, counters, units) from the beginning of {@code motcua.dossier} and
 * {@code motcua.reference} into fresh tables, then swaps them in. Reading happens beside the live consumers.
 * The swap transaction takes the {@link ProjectionLock} exclusively, which waits for the live consumers' current
 * transactions and holds their next ones; it reads what was published meanwhile, writes the fresh tables and
 * renames them into place. Reports take no lock: they answer from the old tables until the swap commits. The
 * live consumers then go on into the new tables; an event they apply again changes nothing, because every merge
 * of dossier facts is idempotent.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final List<String> TABLES = List.of("dossier_facts", "counter_key", "counter_count",
            "unit_version", "unit_successor", "rated_dossier", "rating_daily", "document_seen", "document_daily");

    private static final List<String> TOPICS = List.of(Topics.DOSSIER, Topics.REFERENCE, Topics.DOCUMENT);

    private final DataSource dataSource;
    private final DossierEventFacts eventFacts;
    private final EventBatches payloads;
    private final DocumentEventFacts documentFacts;
    private final Map<String, Object> kafkaConfig;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.neverRun());
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true); // a rebuild cut short by a shutdown leaves the projections in use unchanged
        return thread;
    });

    ProjectionRebuild(DataSource dataSource, DossierEventFacts eventFacts, EventBatches payloads,
            DocumentEventFacts documentFacts, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.documentFacts = documentFacts;
        this.dataSource = dataSource;
        this.eventFacts = eventFacts;
        this.payloads = payloads;
        // the broker's address and the service's credentials (kafka.*), as every other client of the service
        this.kafkaConfig = Map.copyOf(kafkaConfig);
    }

    public RebuildStatus status() {
        return status.get();
    }

    /**
     * Starts a rebuild in the background, unless one runs on any replica (a session advisory lock in the database,
     * held by the rebuild's own connection until it ends, or until that replica dies) or a topic no longer holds its
     * whole history: 409 for both.
     */
    public synchronized RebuildStatus start() {
        if (status.get().running()) {
            throw ProblemException.conflict("rebuild-running", "a rebuild is running; follow it with GET");
        }
        Connection lockHolder = null;
        try {
            lockHolder = dataSource.getConnection();
            lockHolder.setAutoCommit(true);
            if (!tryLock(lockHolder)) {
                throw ProblemException.conflict("rebuild-running", "a rebuild is running on another replica");
            }
            try (Admin admin = Admin.create(only(AdminClientConfig.configNames()))) {
                TopicHistory.requireWhole(admin, TOPICS);
            }
        } catch (ProblemException e) {
            release(lockHolder);
            throw e;
        } catch (Exception e) {
            release(lockHolder);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("could not check whether a rebuild may start", e);
        }
        RebuildStatus started = RebuildStatus.started(Instant.now());
        status.set(started);
        Connection held = lockHolder;
        runner.submit(() -> {
            try {
                run();
            } finally {
                release(held);
            }
        });
        return started;
    }

    /** Any constant unique within the stats database, other than {@link ProjectionLock#KEY}. */
    static final long REBUILD_KEY = 0x5354415453_52L; // "STATS" "R"

    private static boolean tryLock(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select pg_try_advisory_lock(" + REBUILD_KEY + ")")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** Unlocks before the connection goes back to the pool: a pooled connection keeps its session's locks. */
    private static void release(Connection c) {
        if (c == null) {
            return;
        }
        try (c; Statement s = c.createStatement()) {
            s.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            LOG.warn("Could not release the rebuild lock; it goes with the connection", e);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private void run() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long toRead = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            Projections projections = new Projections();
            readUntil(consumer, end, projections, toRead);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                createFreshTables(c);
                c.commit();
                status.updateAndGet(RebuildStatus::swapping);
                ProjectionLock.forSwapping(c);
                readUntil(consumer, consumer.endOffsets(partitions), projections, toRead);
                projections.writeTo(c, "_next");
                check(c, projections);
                swap(c);
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("drop table " + String.join(", ", TABLES.stream().map(t -> t + "_retired").toList()));
                }
                c.commit();
            }
            status.updateAndGet(s -> s.done(Instant.now(), projections.facts.size(), projections.units.size()));
            LOG.infof("Rebuilt the projections from %d events: %d dossiers, %d units", status.get().eventsRead(),
                    projections.facts.size(), projections.units.size());
        } catch (Exception e) {
            LOG.error("Rebuild failed; the projections in use are unchanged", e);
            status.updateAndGet(s -> s.failed(Instant.now(), e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** The service's Kafka settings that a client of this kind understands. */
    private Map<String, Object> only(Set<String> names) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.keySet().retainAll(names);
        return config;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = only(ConsumerConfig.configNames());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, no group
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }

    private void readUntil(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end,
            Projections projections, long toRead) {
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                boolean understood = projections.apply(record);
                status.updateAndGet(s -> s.reading(toRead, s.eventsRead() + 1, s.skipped() + (understood ? 0 : 1)));
            }
        }
    }

    /** The projections being rebuilt, in memory until they are written. */
    private final class Projections {
        final Map<String, DossierFacts> facts = new HashMap<>();
        final Map<String, UnitChanged> units = new TreeMap<>();
        final Map<String, ServiceRated> ratings = new HashMap<>();
        final Map<List<String>, DocumentEventFacts.Counted> documents = new HashMap<>();

        /** False for a record that is not a readable event. */
        boolean apply(ConsumerRecord<String, String> record) {
            try {
                ReceivedEvent event = ReceivedEvent.from(record);
                if (record.topic().equals(Topics.REFERENCE)) {
                    if (EventType.UNIT_CHANGED.type().equals(event.type())) {
                        UnitChanged unit = payloads.payload(event, UnitChanged.class);
                        units.put(unit.code(), unit); // each record carries the whole unit
                    }
                } else if (record.topic().equals(Topics.DOCUMENT)) {
                    documentFacts.of(event).ifPresent(d -> documents.merge(List.of(d.subject(), d.measure()), d,
                            (known, again) -> again.day().isBefore(known.day()) ? again : known));
                } else if (EventType.SERVICE_RATED.type().equals(event.type())) {
                    ServiceRated rating = RatingCounters.checked(payloads.payload(event, ServiceRated.class));
                    ratings.putIfAbsent(rating.dossierId(), rating); // the first rating of a dossier counts
                } else {
                    eventFacts.of(event).ifPresent(change -> facts.compute(change.dossierId(),
                            (id, known) -> change.change().apply(known == null ? DossierFacts.unknown(id) : known)));
                }
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        private long countedTallies;

        long countedTallies() {
            return countedTallies;
        }

        void writeTo(Connection c, String suffix) throws SQLException {
            RebuildWriter.writeFacts(c, facts.values(), suffix);
            RebuildWriter.writeUnits(c, units.values(), suffix);
            CounterRecount.Counts counts = new CounterRecount.Counts();
            facts.values().forEach(counts::add);
            countedTallies = counts.tallies();
            counts.writeTo(c, suffix);
            RebuildWriter.writeRatings(c, ratings.values(), suffix);
            RebuildWriter.writeDocuments(c, documents.values(), suffix);
        }
    }

    private static void createFreshTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists " + String.join(", ", TABLES.stream().map(t -> t + "_next").toList()));
            s.execute("drop table if exists " + String.join(", ", TABLES.stream().map(t -> t + "_retired").toList()));
            for (String table : TABLES) {
                s.execute("create table %1$s_next (like %1$s including constraints including indexes)".formatted(table));
            }
            // ids of their own: the old table's sequence goes with it
            s.execute("alter table counter_key_next alter column id add generated by default as identity");
        }
    }

    /**
     * Refuses to swap in tables that know fewer dossiers than those in use (history is missing) or whose totals
     * differ from what was rebuilt in memory; the transaction is then rolled back and the tables in use stay.
     */
    private static void check(Connection c, Projections projections) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select (select count(*) from dossier_facts), (select count(*) from dossier_facts_next),
                       (select coalesce(sum(n), 0) from counter_count_next where grain = 'Y'),
                       (select coalesce(sum(n), 0) from counter_count_next where grain = 'M'),
                       (select coalesce(sum(n), 0) from counter_count_next where grain = 'D')""")) {
            r.next();
            long inUse = r.getLong(1);
            long rebuilt = r.getLong(2);
            if (rebuilt < inUse) {
                throw new IllegalStateException("the rebuilt projections know %d dossiers, fewer than the %d in use: "
                        .formatted(rebuilt, inUse) + "events are missing from the topics; the tables in use are kept");
            }
            long expected = projections.countedTallies();
            if (rebuilt != projections.facts.size() || r.getLong(3) != expected || r.getLong(4) != expected
                    || r.getLong(5) != expected) {
                throw new IllegalStateException(("the rebuilt tables do not add up: %d dossiers of %d, counter totals "
                        + "by year/month/day %d/%d/%d of %d; the tables in use are kept").formatted(rebuilt,
                        projections.facts.size(), r.getLong(3), r.getLong(4), r.getLong(5), expected));
            }
        }
    }

    private static void swap(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("alter table %1$s rename to %1$s_retired".formatted(table));
                s.execute("alter table %1$s_next rename to %1$s".formatted(table));
            }
        }
    }
}
