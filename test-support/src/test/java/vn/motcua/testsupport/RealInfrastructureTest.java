package vn.motcua.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RealInfrastructureTest {

    @Test
    void startGivesTheServiceEverythingItNeedsAndNoDevServices() {
        Map<String, String> config = new RealInfrastructure().start();

        assertEquals(Set.of("quarkus.devservices.enabled", "quarkus.http.test-port", "quarkus.datasource.db-kind", "quarkus.datasource.jdbc.url",
                "quarkus.datasource.username", "quarkus.datasource.password", "kafka.bootstrap.servers",
                "mp.messaging.connector.smallrye-kafka.bootstrap.servers", "quarkus.oidc.auth-server-url",
                "quarkus.oidc.public-key", "quarkus.oidc.application-type", "quarkus.oidc.token.issuer",
                "quarkus.oidc.token.audience", "quarkus.http.cors.origins"), config.keySet());
        assertEquals(ServiceBasicsContract.ALLOWED_ORIGIN, config.get("quarkus.http.cors.origins"));
        assertEquals("false", config.get("quarkus.devservices.enabled"));
        assertEquals("0", config.get("quarkus.http.test-port"));
        assertEquals("postgresql", config.get("quarkus.datasource.db-kind"));
        assertEquals(config.get("kafka.bootstrap.servers"),
                config.get("mp.messaging.connector.smallrye-kafka.bootstrap.servers"));
        assertEquals("", config.get("quarkus.oidc.auth-server-url"));
        assertEquals("service", config.get("quarkus.oidc.application-type"));
        assertEquals(TestTokens.ISSUER, config.get("quarkus.oidc.token.issuer"));
        assertEquals("motcua-api", config.get("quarkus.oidc.token.audience"));
    }

    @Test
    void theDatasourceSettingsReachAnEmptyPostgres17Database() throws Exception {
        Map<String, String> config = new RealInfrastructure().start();

        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                Statement statement = connection.createStatement()) {
            assertEquals(1, single(statement, "select 1"));
            assertEquals(17, single(statement, "select current_setting('server_version_num')::int / 10000"));
            assertEquals(0, tableCount(statement));
        }
    }

    @Test
    void eachStartGetsItsOwnEmptyDatabase() throws Exception {
        String firstUrl = new RealInfrastructure().start().get("quarkus.datasource.jdbc.url");
        try (Connection first = DriverManager.getConnection(firstUrl, "postgres", "postgres");
                Statement statement = first.createStatement()) {
            statement.execute("create table dossier (id bigint primary key)");
            statement.execute("insert into dossier values (1)");
        }

        String secondUrl = new RealInfrastructure().start().get("quarkus.datasource.jdbc.url");

        assertNotEquals(firstUrl, secondUrl);
        assertEquals(secondUrl, RealInfrastructure.database().jdbcUrl());
        try (Connection second = Databases.connectToCurrent(); Statement statement = second.createStatement()) {
            assertEquals(0, tableCount(statement));
        }
        try (Connection first = DriverManager.getConnection(firstUrl, "postgres", "postgres");
                Statement statement = first.createStatement()) {
            assertEquals(1, single(statement, "select count(*) from dossier"));
        }
    }

    @Test
    void thePublishedPublicKeyIsTheOneTokensAreSignedFor() throws Exception {
        String published = new RealInfrastructure().start().get("quarkus.oidc.public-key");

        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(published)));

        assertEquals(TestTokens.publicKey(), key);
    }

    @AfterAll
    static void reportStartupTimes() {
        // a report for humans, not an assertion: timings vary with the machine
        System.out.println("[test-support] cold start in this JVM (ms): " + RealInfrastructure.startupMillis());
    }

    static int tableCount(Statement statement) throws SQLException {
        return single(statement, "select count(*) from information_schema.tables where table_schema = 'public'");
    }

    static int single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next());
            return result.getInt(1);
        }
    }
}
