package vn.motcua.stats.rebuild;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.IdempotentConsumer;
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
    private static final List<String> TABLES = List.of("dossier_facts", "counter_key", "day_through",
            "unit_version", "unit_successor", "rated_dossier", "rating_daily", "document_seen", "document_daily");

    private final DataSource dataSource;
    private final DossierEventFacts eventFacts;
    private final IdempotentConsumer payloads;
    private final DocumentEventFacts documentFacts;
    private final String bootstrapServers;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.neverRun());
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true); // a rebuild cut short by a shutdown leaves the projections in use unchanged
        return thread;
    });

    ProjectionRebuild(DataSource dataSource, DossierEventFacts eventFacts, IdempotentConsumer payloads,
            DocumentEventFacts documentFacts, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.documentFacts = documentFacts;
        this.dataSource = dataSource;
        this.eventFacts = eventFacts;
        this.payloads = payloads;
        this.bootstrapServers = bootstrapServers;
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild in the background. */
    public synchronized RebuildStatus start() {
        if (status.get().running()) {
            throw ProblemException.conflict("rebuild-running", "a rebuild is running; follow it with GET");
        }
        RebuildStatus started = RebuildStatus.started(Instant.now());
        status.set(started);
        runner.submit(this::run);
        return started;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private void run() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.DOSSIER, Topics.REFERENCE, Topics.DOCUMENT)) {
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

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
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

        void writeTo(Connection c, String suffix) throws SQLException {
            RebuildWriter.writeFacts(c, facts.values(), suffix);
            RebuildWriter.writeUnits(c, units.values(), suffix);
            CounterRecount.Counts counts = new CounterRecount.Counts();
            facts.values().forEach(counts::add);
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

    private static void swap(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("alter table %1$s rename to %1$s_retired".formatted(table));
                s.execute("alter table %1$s_next rename to %1$s".formatted(table));
            }
        }
    }
}
