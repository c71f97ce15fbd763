package vn.motcua.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plain kafka-clients access to the test JVM's broker, for arranging input and asserting output.
 * The broker lives as long as the JVM, so a topic may already hold other test classes' records:
 * take a {@link #position(String)} before acting and read from there when that matters.
 */
public final class KafkaTestClient {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    // a missing topic is answered at once; only a busy machine makes this wait
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(15);
    private static volatile KafkaProducer<String, String> producer;

    private KafkaTestClient() {
    }

    /** Where the end of a topic was at one moment; reading from it returns only later records. */
    public record Position(String topic, Map<Integer, Long> offsets) {
        public Position {
            offsets = Map.copyOf(offsets);
        }

        static Position beginning(String topic) {
            return new Position(topic, Map.of());
        }
    }

    public static String bootstrapServers() {
        return EmbeddedServers.kafkaBootstrapServers();
    }

    /** Creates a topic; an existing topic of that name is left as it is. */
    public static void createTopic(String name, int partitions, boolean compacted) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        if (compacted) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(topic)).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("Could not create topic " + name, e);
        }
    }

    /** Sends one record and waits until the broker has acknowledged it. */
    public static RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer().send(record).get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** The current end of {@code topic}: pass it to {@link #consume(Position, Duration, int)}. */
    public static Position position(String topic) {
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            Set<TopicPartition> partitions = partitionsOf(consumer, topic);
            // seek and ask, rather than endOffsets(): under read_committed this yields the last
            // stable offset, which is where a read_committed reader would continue
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            Map<Integer, Long> ends = partitions.stream()
                    .collect(Collectors.toMap(TopicPartition::partition, consumer::position));
            return new Position(topic, ends);
        }
    }

    /** Reads {@code topic} from the beginning until {@code expected} records arrived or {@code maxWait} passed. */
    public static List<ConsumerRecord<String, String>> consume(String topic, Duration maxWait, int expected) {
        return read(Position.beginning(topic), maxWait, expected, Duration.ZERO);
    }

    /** Like {@link #consume(String, Duration, int)}, but only records written after {@code from}. */
    public static List<ConsumerRecord<String, String>> consume(Position from, Duration maxWait, int expected) {
        return read(from, maxWait, expected, Duration.ZERO);
    }

    /**
     * Reads until {@code expected} records arrived, then goes on for {@code quiet} and returns
     * everything it saw: a result longer than {@code expected} proves something arrived too many
     * times. With {@code expected = 0} it proves nothing arrives at all.
     */
    public static List<ConsumerRecord<String, String>> consumeThenQuiet(String topic, Duration maxWait, int expected,
            Duration quiet) {
        return read(Position.beginning(topic), maxWait, expected, quiet);
    }

    public static List<ConsumerRecord<String, String>> consumeThenQuiet(Position from, Duration maxWait, int expected,
            Duration quiet) {
        return read(from, maxWait, expected, quiet);
    }

    /** Headers as text, the last value winning for a repeated name (CloudEvents headers are single). */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static List<ConsumerRecord<String, String>> read(Position from, Duration maxWait, int expected,
            Duration quiet) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + maxWait.toNanos();
        long quietUntil = Long.MAX_VALUE;
        // assign(), not a consumer group: no join or rebalance delay, and no committed offsets left behind
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            Set<TopicPartition> assigned = new HashSet<>();
            while (true) {
                long now = System.nanoTime();
                if (records.size() >= expected) {
                    quietUntil = Math.min(quietUntil, now + quiet.toNanos());
                    if (now >= quietUntil) {
                        return records;
                    }
                } else if (now >= deadline) {
                    return records;
                }
                assignNewPartitions(consumer, from, assigned);
                if (assigned.isEmpty()) {
                    pause(); // the topic does not exist yet, and poll() refuses an empty assignment
                } else {
                    consumer.poll(POLL).forEach(records::add);
                }
            }
        }
    }

    /** The topic may not exist yet (nothing produced so far), or gain partitions: look every round. */
    private static void assignNewPartitions(KafkaConsumer<String, String> consumer, Position from,
            Set<TopicPartition> assigned) {
        Set<TopicPartition> current = partitionsOf(consumer, from.topic());
        if (assigned.containsAll(current)) {
            return;
        }
        Set<TopicPartition> added = new HashSet<>(current);
        added.removeAll(assigned);
        assigned.addAll(current);
        consumer.assign(assigned);
        for (TopicPartition partition : added) {
            Long offset = from.offsets().get(partition.partition());
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for records", e);
        }
    }

    private static Set<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic, METADATA_TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
    }

    private static KafkaConsumer<String, String> newConsumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // reading must not create the topic the service is about to create or auto-create
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                // what a real consumer of the platform sees: no records of aborted transactions
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
    }

    private static KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (KafkaTestClient.class) {
                current = producer;
                if (current == null) {
                    current = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                            ProducerConfig.ACKS_CONFIG, "all"));
                    producer = current;
                }
            }
        }
        return current;
    }
}
