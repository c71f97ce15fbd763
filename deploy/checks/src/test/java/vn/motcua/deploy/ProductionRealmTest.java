package vn.motcua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The realm for real deployments (deploy/keycloak/motcua-realm-production.json) is the demo realm without what
 * makes it a demo: no person, no password-grant client, no secret or unit with a default, no redirect to a
 * developer's localhost. Everything else (roles, clients, token mappers, the user profile with its unit
 * attribute) stays the same, so that the services accept its tokens exactly as the demo realm's.
 */
class ProductionRealmTest {

    private static final Path DEMO = Deployment.root().resolve("deploy/keycloak/motcua-realm.json");
    private static final Path PRODUCTION = Deployment.root().resolve("deploy/keycloak/motcua-realm-production.json");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) throws IOException {
        return (Map<String, Object>) new Yaml(new LoaderOptions()).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> realm, String key) {
        return (List<Map<String, Object>>) realm.getOrDefault(key, List.of());
    }

    private static Map<String, Map<String, Object>> clients(Map<String, Object> realm) {
        return list(realm, "clients").stream().collect(Collectors.toMap(c -> (String) c.get("clientId"), c -> c));
    }

    @Test
    void noPersonAndNoDemoValueIsInTheProductionRealm() throws IOException {
        Map<String, Object> realm = read(PRODUCTION);

        assertThat(list(realm, "users")).allSatisfy(user -> {
            assertThat(user).containsKey("serviceAccountClientId");
            assertThat(user).doesNotContainKey("credentials");
        });
        assertThat(Files.readString(PRODUCTION)).doesNotContainIgnoringCase("demo").doesNotContain("localhost");
        assertThat(clients(realm)).doesNotContainKey("motcua-cli");
        assertThat(clients(realm).values()).allSatisfy(client ->
                assertThat(client.get("directAccessGrantsEnabled")).as("password grant of %s", client.get("clientId"))
                        .isNotEqualTo(true));
    }

    @Test
    void everySecretAndUnitComesFromTheEnvironmentWithoutDefault() throws IOException {
        Map<String, Object> realm = read(PRODUCTION);

        assertThat(clients(realm).values().stream().map(c -> c.get("secret")).filter(Objects::nonNull))
                .containsExactlyInAnyOrder("${MOTCUA_PROVINCIAL_SYSTEM_SECRET}", "${MOTCUA_IMPORT_CLIENT_SECRET}");
        assertThat(Files.readString(PRODUCTION)).doesNotContainPattern("\\$\\{[A-Z_]+:");
        assertThat(clients(realm).get("motcua-web").get("redirectUris")).isEqualTo(List.of("${MOTCUA_WEB_URL}/*"));
    }

    @Test
    void itGrantsWhatTheDemoRealmGrants() throws IOException {
        Map<String, Object> demo = read(DEMO);
        Map<String, Object> production = read(PRODUCTION);

        assertThat(production.get("roles")).isEqualTo(demo.get("roles"));
        assertThat(production.get("components")).isEqualTo(demo.get("components"));
        assertThat(production.get("sslRequired")).isEqualTo("external");
        Map<String, Map<String, Object>> demoClients = clients(demo);
        clients(production).forEach((id, client) -> {
            Map<String, Object> same = demoClients.get(id);
            assertThat(same).as("client %s is in the demo realm", id).isNotNull();
            for (String key : List.of("publicClient", "standardFlowEnabled", "serviceAccountsEnabled", "protocolMappers",
                    "attributes", "webOrigins", "defaultClientScopes", "optionalClientScopes")) {
                assertThat(client.get(key)).as("%s of client %s", key, id).isEqualTo(same.get(key));
            }
        });
        assertThat(clients(production).keySet()).containsExactlyInAnyOrderElementsOf(
                demoClients.keySet().stream().filter(id -> !id.equals("motcua-cli")).toList());
        Map<Object, Object> demoAccounts = list(demo, "users").stream().filter(u -> u.containsKey("serviceAccountClientId"))
                .collect(Collectors.toMap(u -> u.get("serviceAccountClientId"), u -> u.get("realmRoles")));
        assertThat(list(production, "users").stream()
                .collect(Collectors.toMap(u -> u.get("serviceAccountClientId"), u -> u.get("realmRoles"))))
                .isEqualTo(demoAccounts);
    }

    /**
     * Self-registration (issue 19) gives the realm's default role, and of MotCua's roles that is the citizen role
     * only, no staff role (Keycloak itself adds offline_access, uma_authorization and the account console's roles on
     * import, which no service reads). The staff and service accounts of the realm files do not hold it, so no staff
     * token carries citizen; a registrant cannot set their unit (an administrator's attribute).
     */
    @SuppressWarnings("unchecked")
    @Test
    void selfRegistrationGivesTheCitizenRoleAndNothingElse() throws IOException {
        for (Path file : List.of(DEMO, PRODUCTION)) {
            Map<String, Object> realm = read(file);
            assertThat(realm.get("registrationAllowed")).as("registration in %s", file).isEqualTo(true);
            String defaultRole = (String) ((Map<String, Object>) realm.get("defaultRole")).get("name");
            Map<String, Object> role = ((List<Map<String, Object>>) ((Map<String, Object>) realm.get("roles"))
                    .get("realm")).stream().filter(r -> r.get("name").equals(defaultRole)).findFirst().orElseThrow();
            assertThat(role.get("composites")).as("the default role of %s", file)
                    .isEqualTo(Map.of("realm", List.of("citizen")));
            assertThat(list(realm, "users")).as("users of %s", file).allSatisfy(user ->
                    assertThat((List<String>) user.get("realmRoles")).doesNotContain(defaultRole, "citizen"));
            Map<String, Object> profile = (Map<String, Object>) new Yaml(new LoaderOptions()).load(
                    ((List<String>) ((Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>) realm
                            .get("components")).get("org.keycloak.userprofile.UserProfileProvider")).get(0).get("config"))
                            .get("kc.user.profile.config")).get(0));
            assertThat(((List<Map<String, Object>>) profile.get("attributes")).stream()
                    .filter(a -> a.get("name").equals("unit"))
                    .map(a -> ((Map<String, Object>) a.get("permissions")).get("edit")))
                    .as("who may set the unit in %s", file).containsExactly(List.of("admin"));
        }
    }

    @Test
    void composeImportsTheRealmItIsToldTo() throws IOException {
        String compose = Files.readString(Deployment.root().resolve("docker-compose.yml"));
        String example = Files.readString(Deployment.root().resolve(".env.example"));

        assertThat(compose).contains(
                "./deploy/keycloak/${MOTCUA_REALM_FILE:-motcua-realm.json}:/opt/keycloak/data/import/motcua-realm.json:ro");
        assertThat(example).contains("MOTCUA_REALM_FILE=motcua-realm.json").contains("motcua-realm-production.json");
    }
}
