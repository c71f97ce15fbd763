package vn.motcua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml gives each service only environment variables that the service reads as
 * configuration: a misspelt or stale variable would be silently ignored by Quarkus, and the
 * service would run on its default (localhost database, demo secret...).
 */
class ComposeEnvironmentTest {

    private static final Path ROOT = Deployment.root();

    @ParameterizedTest
    @ValueSource(strings = {"intake", "workflow", "document", "stats"})
    void everyVariableTheComposeFileSetsIsAPropertyTheServiceReads(String service) throws IOException {
        Map<String, Object> definition = composeService(service);
        ServiceConfiguration reads = ServiceConfiguration.of(ROOT, service + "-service");

        List<String> variables = environment(definition);
        assertThat(variables).as("environment of %s", service).isNotEmpty();
        List<String> unknown = variables.stream().filter(v -> !reads.reads(v)).toList();
        assertThat(unknown).as("variables docker-compose.yml gives %s that it does not read", service).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "workflow", "document", "stats"})
    void everyServiceIsBuiltFromItsDockerfileWithHealthAndMemoryLimit(String service) throws IOException {
        Map<String, Object> definition = composeService(service);
        assertThat(definition.get("build")).isEqualTo("./" + service + "-service");
        assertThat(ROOT.resolve(service + "-service/Dockerfile")).isRegularFile();
        assertThat(definition).containsKeys("healthcheck", "mem_limit", "depends_on");
        assertThat(environment(definition))
                .contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                        "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL",
                        // JSON log lines for the log collector (text is backbone's default)
                        "QUARKUS_LOG_CONSOLE_JSON_ENABLED");
    }

    @Test
    void everyContainerHasAHealthCheckAndAMemoryLimit() throws IOException {
        Map<String, Object> services = services();
        List<String> missing = new ArrayList<>();
        services.forEach((name, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> definition = (Map<String, Object>) value;
            if (!definition.containsKey("healthcheck")) {
                missing.add(name + ": healthcheck");
            }
            if (!definition.containsKey("mem_limit")) {
                missing.add(name + ": mem_limit");
            }
        });
        assertThat(missing).isEmpty();
    }

    /** The check itself: it must refuse what a service does not read, or it proves nothing. */
    @Test
    void theCheckRefusesVariablesNoServiceReads() {
        ServiceConfiguration intake = ServiceConfiguration.of(ROOT, "intake-service");
        ServiceConfiguration document = ServiceConfiguration.of(ROOT, "document-service");

        assertThat(intake.reads("QUARKUS_DATASOURCE_JDBC_URL")).isTrue();            // quarkus-agroal's model
        assertThat(intake.reads("QUARKUS_OIDC_TOKEN_ISSUER")).isTrue();              // quarkus-oidc's model
        assertThat(intake.reads("QUARKUS_LOG_CATEGORY__ORG_HIBERNATE__LEVEL")).isTrue(); // a map key
        assertThat(intake.reads("LOOKUP_SECRET_KEY")).isTrue();                      // ${LOOKUP_SECRET_KEY:...}
        assertThat(intake.reads("KAFKA_BOOTSTRAP_SERVERS")).isTrue();                // kafka.bootstrap.servers
        assertThat(intake.reads("KAFKA_MAX_POLL_RECORDS")).isTrue();                 // a Kafka client setting
        assertThat(document.reads("MOTCUA_STORAGE_FILESYSTEM_ROOT")).isTrue();       // @ConfigMapping motcua.storage

        assertThat(intake.reads("QUARKUS_DATASOURCE_JDBC_URLL")).isFalse();          // a typo
        assertThat(intake.reads("QUARKUS_DATASOURCE_PASSWRD")).isFalse();
        assertThat(intake.reads("KAFKA_BOOTSTRAP_SERVER")).isFalse();
        assertThat(intake.reads("MOTCUA_STORAGE_FILESYSTEM_ROOT")).isFalse();        // document-service's, not intake's
        assertThat(intake.reads("DB_PASSWORD")).isFalse();
        assertThat(intake.reads("QUARKUS_S3_ENDPOINT_OVERRIDE")).isFalse();          // an extension intake lacks
    }

    static Map<String, Object> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml(new LoaderOptions()).load(reader);
            @SuppressWarnings("unchecked")
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            return services;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> composeService(String name) throws IOException {
        Object service = services().get(name);
        assertThat(service).as("service %s in docker-compose.yml", name).isNotNull();
        return (Map<String, Object>) service;
    }

    /** environment: as a map (merge keys resolved by SnakeYAML) or as a list of NAME=value. */
    static List<String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        if (environment instanceof Map<?, ?> map) {
            return new ArrayList<>(new TreeSet<>(new LinkedHashMap<>(map).keySet().stream().map(String::valueOf).toList()));
        }
        if (environment instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(e -> e.contains("=") ? e.substring(0, e.indexOf('=')) : e).toList();
        }
        return List.of();
    }
}
