package vn.motcua.backbone.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This service's dead letters: how many wait ({@code motcua_dead_letters_pending{topic}}, refreshed every
 * {@code motcua.dead-letters.check-every}), and the replay that puts them back on their original topic once the
 * cause is fixed. "Waiting" means after the replay consumer group {@code <service>.dead-letter-replay}: Kafka
 * cannot delete single records, so a replayed dead letter stays in the topic but no longer counts. A replayed
 * event keeps its CloudEvents id; consumers that had applied it skip it.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    private final Map<String, Object> kafkaConfig;
    private final String service;
    private final String group;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    DeadLetterReplay(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String service, MeterRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        this.service = service;
        this.group = service + ".dead-letter-replay";
        this.registry = registry;
    }

    /** Dead letters not replayed yet, per dead-letter topic of this service (topics without any are listed with 0). */
    public Map<String, Long> pending() throws Exception {
        try (Admin admin = Admin.create(config(AdminClientConfig.configNames()))) {
            List<String> topics = admin.listTopics().names().get(15, TimeUnit.SECONDS).stream()
                    .filter(name -> name.endsWith(".dlq." + service)).sorted().toList();
            Map<String, Long> pending = new TreeMap<>();
            if (topics.isEmpty()) {
                return pending;
            }
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get(15, TimeUnit.SECONDS).values().forEach(d -> d.partitions()
                    .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            var ends = admin.listOffsets(spec(partitions, OffsetSpec.latest())).all().get(15, TimeUnit.SECONDS);
            var starts = admin.listOffsets(spec(partitions, OffsetSpec.earliest())).all().get(15, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> replayed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = replayed.get(partition);
                long from = Math.max(starts.get(partition).offset(), done == null ? 0 : done.offset());
                pending.merge(partition.topic(), Math.max(0, ends.get(partition).offset() - from), Long::sum);
            }
            return pending;
        }
    }

    @Scheduled(every = "${motcua.dead-letters.check-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshGauges() {
        try {
            pending().forEach((topic, count) -> gauges.computeIfAbsent(topic, t -> registry.gauge(
                    "motcua_dead_letters_pending", Tags.of("topic", t), new AtomicLong())).set(count));
        } catch (Exception e) {
            LOG.debugf("Could not count the dead letters: %s", e.toString());
        }
    }

    /** Puts every waiting dead letter back on its original topic; returns how many per dead-letter topic. */
    public synchronized Map<String, Long> replay() throws Exception {
        Map<String, Long> waiting = pending();
        Map<String, Long> replayed = new TreeMap<>();
        if (waiting.values().stream().allMatch(n -> n == 0)) {
            return replayed;
        }
        Map<String, Object> consumerConfig = config(ConsumerConfig.configNames());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Object> producerConfig = config(ProducerConfig.configNames());
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new StringDeserializer());
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                        new StringSerializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : waiting.keySet()) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, String> letter : consumer.poll(Duration.ofSeconds(1))) {
                    producer.send(backOnItsTopic(letter)).get(30, TimeUnit.SECONDS);
                    replayed.merge(letter.topic(), 1L, Long::sum);
                    done.put(new TopicPartition(letter.topic(), letter.partition()),
                            new OffsetAndMetadata(letter.offset() + 1));
                }
                consumer.commitSync(done);
            }
        }
        LOG.infof("Replayed dead letters of %s: %s", service, replayed);
        refreshGauges();
        return replayed;
    }

    private ProducerRecord<String, String> backOnItsTopic(ConsumerRecord<String, String> letter) {
        Header origin = letter.headers().lastHeader(DeadLetters.TOPIC);
        String topic = origin != null ? new String(origin.value(), java.nio.charset.StandardCharsets.UTF_8)
                : letter.topic().substring(0, letter.topic().lastIndexOf(".dlq."));
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, null, letter.key(), letter.value(), headers);
    }

    private Map<String, Object> config(java.util.Set<String> names) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.keySet().retainAll(names);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, group);
        return config;
    }

    private static Map<TopicPartition, OffsetSpec> spec(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        partitions.forEach(p -> specs.put(p, spec));
        return specs;
    }
}
