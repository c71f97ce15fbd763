package vn.motcua.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * Copies every (non-internal) topic of a broker to a file and back, for {@code ./platform backup/restore}
 * and {@code deploy/compose/backup.sh}: each topic's partition count and its own settings (retention,
 * compaction), then its records with partition, key, value, headers and timestamp, in offset order within
 * each partition. Loading
 * writes every record to the partition it came from, so a consumer (stats' rebuild) reads the same events in
 * the same order per key. Offsets are not kept: the restored topics start at 0 and the consumer groups start
 * from the beginning, which the consumers' inboxes make safe (an event already applied is skipped by its id).
 *
 * <pre>
 *   dump FILE            write every topic to FILE (gzip); prints one line per topic
 *   load FILE [--force]  create the topics and write their records; refuses a topic that already holds
 *                        records unless --force (which appends to it)
 *   version              the Kafka client's version
 * </pre>
 * Broker from MOTCUA_KAFKA_BOOTSTRAP (localhost:9092); with MOTCUA_KAFKA_ADMIN_PASSWORD set, as the broker's admin
 * (SASL/PLAIN on compose's internal listener, whose ACLs let no service read and write every topic). Exit 0 on success, 1 on a Kafka error, 2 on a bad
 * file or bad usage, 3 when load refuses a non-empty topic.
 */
public final class KafkaTopicsMain {

    static final String MAGIC = "MOTCUA-TOPICS-2";
    private static final Duration STALL = Duration.ofSeconds(60);

    private KafkaTopicsMain() {
    }

    public static void main(String[] args) {
        String bootstrap = System.getenv().getOrDefault("MOTCUA_KAFKA_BOOTSTRAP", "localhost:9092");
        String command = args.length > 0 ? args[0] : "";
        try {
            switch (command) {
                case "dump" -> dump(bootstrap, Path.of(arg(args, 1)));
                case "load" -> load(bootstrap, Path.of(arg(args, 1)), args.length > 2 && args[2].equals("--force"));
                case "version" -> System.out.println(AppInfoParser.getVersion());
                default -> throw new Refused(2, "usage: KafkaTopicsMain dump FILE | load FILE [--force] | version");
            }
        } catch (Refused e) {
            System.err.println("kafka topics: " + e.getMessage());
            System.exit(e.exitCode);
        } catch (Exception e) {
            System.err.println("kafka topics: failed against " + bootstrap + ": " + e);
            System.exit(1);
        }
    }

    private static String arg(String[] args, int index) {
        if (args.length <= index) {
            throw new Refused(2, "missing FILE argument");
        }
        return args[index];
    }

    // ---------------------------------------------------------------------------------------- dump

    static void dump(String bootstrap, Path file) throws Exception {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Admin admin = Admin.create(adminConfig(bootstrap));
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrap));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                     new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16), 1 << 16))) {
            Set<String> names = new TreeSet<>(admin.listTopics(new ListTopicsOptions().listInternal(false))
                    .names().get(60, TimeUnit.SECONDS));
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(60, TimeUnit.SECONDS);
            Map<String, Map<String, String>> settings = topicSettings(admin, names);
            out.writeUTF(MAGIC);
            out.writeInt(names.size());
            for (String name : names) {
                int partitions = topics.get(name).partitions().size();
                out.writeUTF(name);
                out.writeInt(partitions);
                Map<String, String> own = settings.getOrDefault(name, Map.of());
                out.writeInt(own.size());
                for (Map.Entry<String, String> setting : own.entrySet()) {
                    out.writeUTF(setting.getKey());
                    out.writeUTF(setting.getValue());
                }
                long records = dumpTopic(consumer, name, partitions, out);
                System.out.printf("  topic %s: %d partitions, %d records%s%n", name, partitions, records,
                        own.isEmpty() ? "" : ", " + own);
            }
        } catch (Exception e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The settings a topic has of its own (not the broker's defaults): retention, cleanup policy... */
    private static Map<String, Map<String, String>> topicSettings(Admin admin, Collection<String> names) throws Exception {
        List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(60, TimeUnit.SECONDS);
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        configs.forEach((resource, config) -> {
            Map<String, String> own = new LinkedHashMap<>();
            for (ConfigEntry entry : config.entries()) {
                if (entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG && entry.value() != null) {
                    own.put(entry.name(), entry.value());
                }
            }
            settings.put(resource.name(), own);
        });
        return settings;
    }

    /**
     * Every record of the topic from its start to its end as the dump began, each preceded by its partition
     * number (in offset order within a partition, as the consumer returns them); -1 ends the topic.
     */
    private static long dumpTopic(KafkaConsumer<byte[], byte[]> consumer, String topic, int partitions,
                                  DataOutputStream out) throws IOException {
        List<TopicPartition> all = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            all.add(new TopicPartition(topic, p));
        }
        consumer.assign(all);
        consumer.seekToBeginning(all);
        Map<TopicPartition, Long> ends = consumer.endOffsets(all);
        long written = 0;
        long lastProgress = System.nanoTime();
        while (!reachedEnds(consumer, ends)) {
            boolean progress = false;
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                progress = true;
                if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue;
                }
                out.writeInt(record.partition());
                writeRecord(out, record);
                written++;
            }
            if (progress) {
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                throw new IOException("no progress reading " + topic + " for " + STALL.toSeconds() + " s (ends " + ends + ")");
            }
        }
        out.writeInt(-1);
        return written;
    }

    private static boolean reachedEnds(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static void writeRecord(DataOutputStream out, ConsumerRecord<byte[], byte[]> record) throws IOException {
        out.writeLong(record.timestamp());
        writeBytes(out, record.key());
        writeBytes(out, record.value());
        Header[] headers = record.headers().toArray();
        out.writeInt(headers.length);
        for (Header header : headers) {
            out.writeUTF(header.key());
            writeBytes(out, header.value());
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    // ---------------------------------------------------------------------------------------- load

    static void load(String bootstrap, Path file, boolean force) throws Exception {
        if (!Files.isReadable(file)) {
            throw new Refused(2, "no readable file " + file);
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (Admin admin = Admin.create(adminConfig(bootstrap));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(bootstrap));
             DataInputStream in = new DataInputStream(new BufferedInputStream(gunzip(file), 1 << 16))) {
            String magic = in.readUTF();
            if (!magic.equals(MAGIC)) {
                throw new Refused(2, file + " is not a topics dump (" + magic + ")");
            }
            int topicCount = in.readInt();
            Set<String> existing = admin.listTopics(new ListTopicsOptions().listInternal(false)).names().get(60, TimeUnit.SECONDS);
            for (int t = 0; t < topicCount; t++) {
                String name = in.readUTF();
                int partitions = in.readInt();
                Map<String, String> own = new LinkedHashMap<>();
                int settingCount = in.readInt();
                for (int s = 0; s < settingCount; s++) {
                    own.put(in.readUTF(), in.readUTF());
                }
                prepareTopic(admin, name, partitions, own, existing.contains(name), force);
                long records = 0;
                for (int partition = in.readInt(); partition != -1; partition = in.readInt()) {
                    if (partition < 0 || partition >= partitions) {
                        throw new Refused(2, file + " is corrupt: a record of " + name + " in partition " + partition);
                    }
                    producer.send(readRecord(in, name, partition), (metadata, error) -> {
                        if (error != null) {
                            failure.compareAndSet(null, error);
                        }
                    });
                    records++;
                }
                producer.flush();
                if (failure.get() != null) {
                    throw failure.get();
                }
                System.out.printf("  topic %s: %d partitions, %d records loaded%n", name, partitions, records);
            }
        } catch (java.io.EOFException e) {
            throw new Refused(2, file + " ends early: truncated or corrupt");
        }
    }

    private static InputStream gunzip(Path file) throws IOException {
        try {
            return new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        } catch (java.util.zip.ZipException e) {
            throw new Refused(2, file + " is not gzip: corrupt");
        }
    }

    private static void prepareTopic(Admin admin, String name, int partitions, Map<String, String> own,
                                     boolean exists, boolean force) throws Exception {
        if (!exists) {
            NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(own);
            admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
            awaitLeaders(admin, name);
            return;
        }
        TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames().get(60, TimeUnit.SECONDS).get(name);
        if (description.partitions().size() != partitions) {
            throw new Refused(3, "topic " + name + " exists with " + description.partitions().size()
                    + " partitions, the dump has " + partitions);
        }
        if (!force && holdsRecords(admin, name, partitions)) {
            throw new Refused(3, "topic " + name + " already holds records; load into an empty broker, or pass --force to append");
        }
    }

    /**
     * A new topic's partitions take a moment to get a leader; records sent before that are refused and retried. Right
     * after the creation the broker answering may not know the topic at all yet (its metadata trails the
     * controller's): that is "not yet" too, not a failure (the compose restore failed on it, at its second topic).
     */
    private static void awaitLeaders(Admin admin, String name) throws Exception {
        long deadline = System.nanoTime() + STALL.toNanos();
        while (true) {
            if (hasLeaders(admin, name)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("topic " + name + " has partitions without a leader after " + STALL.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private static boolean hasLeaders(Admin admin, String name) throws Exception {
        try {
            TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames().get(60, TimeUnit.SECONDS).get(name);
            return description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    private static boolean holdsRecords(Admin admin, String name, int partitions) throws Exception {
        Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new LinkedHashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(name, p), org.apache.kafka.clients.admin.OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get(60, TimeUnit.SECONDS).values().stream().anyMatch(o -> o.offset() > 0);
    }

    private static ProducerRecord<byte[], byte[]> readRecord(DataInputStream in, String topic, int partition) throws IOException {
        long timestamp = in.readLong();
        byte[] key = readBytes(in);
        byte[] value = readBytes(in);
        int headerCount = in.readInt();
        List<Header> headers = new ArrayList<>(headerCount);
        for (int h = 0; h < headerCount; h++) {
            headers.add(new RecordHeader(in.readUTF(), readBytes(in)));
        }
        return new ProducerRecord<>(topic, partition, timestamp, key, value, headers);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < -1) {
            throw new IOException("corrupt record length " + length);
        }
        if (length == -1) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    // ---------------------------------------------------------------------------------------- clients

    /** The broker's admin login when MOTCUA_KAFKA_ADMIN_PASSWORD is set (compose), none otherwise (./platform). */
    static Properties asAdmin() {
        Properties config = new Properties();
        String password = System.getenv("MOTCUA_KAFKA_ADMIN_PASSWORD");
        if (password != null && !password.isBlank()) {
            config.put("security.protocol", "SASL_PLAINTEXT");
            config.put("sasl.mechanism", "PLAIN");
            config.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\""
                    + password + "\";");
        }
        return config;
    }

    private static Properties adminConfig(String bootstrap) {
        Properties config = asAdmin();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        return config;
    }

    private static Properties consumerConfig(String bootstrap) {
        Properties config = asAdmin();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // records of aborted transactions are not events anyone applied
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        // a small heap is enough (compose runs this in a 256 MB container): at most 16 MB per fetch
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 16 * 1024 * 1024);
        return config;
    }

    private static Properties producerConfig(String bootstrap) {
        Properties config = asAdmin();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // idempotent: a retried batch is written once and the order within a partition is kept
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // one batch in flight per partition: a batch refused while a new topic's leader settles is retried
        // before the next is sent, so no later batch arrives out of sequence (OUT_OF_ORDER_SEQUENCE_NUMBER)
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return config;
    }

    /** An expected refusal: a message for the operator and an exit code, no stack trace. */
    static final class Refused extends RuntimeException {
        final int exitCode;

        Refused(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
