package vn.motcua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, started on first use on random free
 * ports and stopped by JVM shutdown hooks. What other class loaders need (port, bootstrap
 * address) is published through {@link JvmWide}.
 */
final class EmbeddedServers {
    static final String POSTGRES_USER = "postgres";
    // the embedded server trusts local connections, but Quarkus wants some password
    static final String POSTGRES_PASSWORD = "postgres";

    private EmbeddedServers() {
    }

    /** Port of the shared PostgreSQL 17 server, starting it if this JVM has none yet. */
    static int postgresPort() {
        return Integer.parseInt(JvmWide.computeIfAbsent("postgres.port", () -> startInJvmClassLoader("startPostgres")));
    }

    /** Bootstrap address of the shared broker, starting it if this JVM has none yet. */
    static String kafkaBootstrapServers() {
        return JvmWide.computeIfAbsent("kafka.bootstrap", () -> startInJvmClassLoader("startKafka"));
    }

    /**
     * Quarkus loads this library once per test profile and closes that loader when the application
     * stops, but the servers (broker threads, shutdown hooks) live as long as the JVM. So they are
     * started from the copy of this class in the system class loader, which never closes, when the
     * class path has one (Maven Surefire puts every test dependency there).
     */
    private static String startInJvmClassLoader(String starter) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        Class<?> owner = EmbeddedServers.class;
        if (owner.getClassLoader() != system) {
            try {
                owner = Class.forName(EmbeddedServers.class.getName(), true, system);
            } catch (ClassNotFoundException notOnSystemClassPath) {
                owner = EmbeddedServers.class;
            }
        }
        try {
            Method start = owner.getDeclaredMethod(starter);
            start.setAccessible(true);
            return (String) start.invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // called by name from startInJvmClassLoader
    private static String startPostgres() {
        QuietLogs.apply();
        long begin = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // durability buys nothing in a throw-away test server and slows every DDL
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("timezone", "UTC")
                    // several application starts (one per test profile) each hold a pool
                    .setServerConfig("max_connections", "300")
                    .start(); // zonky registers its own shutdown hook that stops the server
            JvmWide.set("postgres.started-in-ms", String.valueOf(millisSince(begin)));
            return String.valueOf(postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    // called by name from startInJvmClassLoader
    private static String startKafka() {
        QuietLogs.apply();
        long begin = System.nanoTime();
        // Kafka resolves configured classes through the context class loader, and its threads
        // inherit it: make it the loader that loaded Kafka, whatever thread starts the broker
        Thread thread = Thread.currentThread();
        ClassLoader callerLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedServers.class.getClassLoader());
        // A broker that meets a fatal error (a log directory gone, a fault while it closes in the JVM's
        // shutdown hooks) halts its JVM with status 1: in a test JVM that turns a module whose tests all
        // passed into "Error occurred in starting fork" with no trace. Say what it wanted instead.
        Exit.setHaltProcedure((status, message) -> System.err.printf(
                "Embedded Kafka asked to halt the JVM with status %d (ignored in tests): %s%n", status, message));
        Exit.setExitProcedure((status, message) -> System.err.printf(
                "Embedded Kafka asked to exit the JVM with status %d (ignored in tests): %s%n", status, message));
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true) // one process is both broker and KRaft controller
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    // 50 partitions (the default) make the first consumer group slow to appear
                    .setConfigProp("offsets.topic.num.partitions", "5")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("transaction.state.log.num.partitions", "5")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    // behave like a released broker, not like Kafka's own test suite
                    .setConfigProp("unstable.api.versions.enable", "false")
                    .setConfigProp("unstable.feature.versions.enable", "false")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(cluster), "kafka-test-broker-stop"));
            JvmWide.set("kafka.started-in-ms", String.valueOf(millisSince(begin)));
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("Embedded Kafka broker did not start", e);
        } finally {
            thread.setContextClassLoader(callerLoader);
        }
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        try {
            cluster.close();
        } catch (Throwable ignored) {
            // the JVM is exiting; its threads die anyway, only a temp directory may be left
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
