package vn.motcua.backbone.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoValuesTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500)).build();
    }

    @Test
    void everyDemoSecretOfTheExampleEnvironmentIsFoundByItsNameAndNoValueIsShown() {
        var found = DemoValues.in(config(Map.of(
                "quarkus.datasource.password", "DEMO-change-me-intake",
                "motcua.lookup.enabled", "true",
                "MOTCUA_LOOKUP_SECRET_KEY", "DEMO-change-me-a-long-random-lookup-key",
                "motcua.import.client-secret", "demo-import-secret",
                "motcua.signature.keystore-directory", "/data/signing",
                "quarkus.http.port", "8081")));

        assertThat(found).containsExactly("motcua.import.client-secret (env MOTCUA_IMPORT_CLIENT_SECRET)",
                "MOTCUA_LOOKUP_SECRET_KEY", "quarkus.datasource.password (env QUARKUS_DATASOURCE_PASSWORD)");
    }

    @Test
    void thePlatformsDatabasePasswordAndTheDevelopmentCaAreDemoValues() {
        var found = DemoValues.in(config(Map.of(
                "QUARKUS_DATASOURCE_PASSWORD", "motcua",
                "motcua.signature.development-ca.enabled", "true")));

        assertThat(found).containsExactly(
                "motcua.signature.development-ca.enabled (env MOTCUA_SIGNATURE_DEVELOPMENT_CA_ENABLED)",
                "QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void aSettingGivenAsPropertyAndAsEnvironmentVariableIsNamedOnceWithBoth() {
        var found = DemoValues.in(config(Map.of(
                "motcua.lookup.enabled", "true",
                "motcua.lookup.secret-key", "demo-lookup-secret-key-change-me",
                "MOTCUA_LOOKUP_SECRET_KEY", "DEMO-change-me-a-long-random-lookup-key")));

        assertThat(found).containsExactly("motcua.lookup.secret-key (env MOTCUA_LOOKUP_SECRET_KEY)");
    }

    @Test
    void theLookupKeyOfAServiceThatChecksNoLookupSecretIsNotItsConcern() {
        var found = DemoValues.in(config(Map.of("motcua.lookup.secret-key", "demo-lookup-secret-key-change-me")));

        assertThat(found).isEmpty();
    }

    @Test
    void valuesOfARealDeploymentPass() {
        var found = DemoValues.in(config(Map.of(
                "quarkus.datasource.password", "q8Zx1v0mT3r9yWb2Lk5Nd7Hs",
                "quarkus.datasource.username", "motcua",
                "motcua.signature.development-ca.enabled", "false",
                "motcua.receipt.collect-at", "Bộ phận một cửa, xã dân chủ Democracy",
                "quarkus.oidc.auth-server-url", "https://id.soctrang.gov.vn/realms/motcua")));

        assertThat(found).isEmpty();
    }

    @Test
    void aSettingWhoseExpressionDoesNotResolveIsSkippedNotFatal() {
        var found = DemoValues.in(config(Map.of("motcua.unresolved", "${NOT_SET_ANYWHERE}", "x", "demo")));

        assertThat(found).containsExactly("x (env X)");
    }
}
