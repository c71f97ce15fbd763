package vn.motcua.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL 17, a real Kafka broker (KRaft) and real token verification for a
 * {@code @QuarkusTest}, without Docker. Put on one test class of a service:
 *
 * <pre>
 * &#64;WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
 * // or the older form: &#64;QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
 * </pre>
 *
 * The servers start once per JVM; every application start (one per test profile) gets a new empty
 * database, so test classes under different profiles never share rows. Kafka is shared by all.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        // the two servers are independent: start them side by side to halve a cold start
        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(EmbeddedServers::kafkaBootstrapServers,
                task -> new Thread(task, "kafka-test-broker-start").start());
        TestDatabase database = Databases.create();
        String bootstrapServers = kafka.join();

        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.devservices.enabled", "false");
        // a random HTTP port (RestAssured follows it): 8081 may be taken by another build or a
        // locally running service on a shared machine
        config.put("quarkus.http.test-port", "0");
        // a front end of a province on another origin, allowed by configuration (ServiceBasicsContract checks it)
        config.put("quarkus.http.cors.origins", ServiceBasicsContract.ALLOWED_ORIGIN);
        // build-time in Quarkus: this only agrees with (or, if the service forgot it, warns about)
        // the value in application.properties
        config.put("quarkus.datasource.db-kind", "postgresql");
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        config.put("quarkus.datasource.password", database.password());
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("mp.messaging.connector.smallrye-kafka.bootstrap.servers", bootstrapServers);
        // verify locally with the test key: Quarkus uses public-key only when no auth-server-url
        // is set, and an empty value hides one the service configures for other profiles
        config.put("quarkus.oidc.auth-server-url", "");
        config.put("quarkus.oidc.public-key", SigningKeys.trustedPublicKeyBase64());
        config.put("quarkus.oidc.application-type", "service");
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("quarkus.oidc.token.audience", TestTokens.AUDIENCE);
        return config;
    }

    @Override
    public void stop() {
        // nothing: the servers serve the next application start and die with the JVM; the
        // database is left for post-mortem inspection and disappears with the server
    }

    /** Coordinates of the database the running application uses, for JDBC assertions. */
    public static TestDatabase database() {
        return Databases.current();
    }

    public static String kafkaBootstrapServers() {
        return EmbeddedServers.kafkaBootstrapServers();
    }

    /** How long the servers took to start in this JVM, if they were started: for reports, never assertions. */
    public static Map<String, String> startupMillis() {
        Map<String, String> timings = new LinkedHashMap<>();
        JvmWide.get("postgres.started-in-ms").ifPresent(ms -> timings.put("postgres", ms));
        JvmWide.get("kafka.started-in-ms").ifPresent(ms -> timings.put("kafka", ms));
        return timings;
    }
}
