package vn.motcua.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Grants the provincial systems their read-only access on the local broker, through the internal
 * listener (whose principal is a super user). Each principal named in MOTCUA_KAFKA_READERS (default
 * {@code provincial-system}: the Keycloak client id, which the broker takes from the token's
 * {@code azp}) may READ and DESCRIBE the three platform topics and use consumer groups whose id
 * starts with its own name. Nothing else: no WRITE, no CREATE, so a produce answers
 * TopicAuthorizationException. Creating an ACL that exists changes nothing, so this runs on every
 * start. Exits 0 when the ACLs are in place, 1 otherwise.
 */
public final class KafkaAccessMain {

    static final List<String> READABLE_TOPICS = List.of("motcua.dossier", "motcua.document", "motcua.reference");

    private KafkaAccessMain() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        String bootstrap = env.getOrDefault("MOTCUA_KAFKA_BOOTSTRAP", "localhost:9092");
        List<String> readers = Arrays.stream(env.getOrDefault("MOTCUA_KAFKA_READERS", "provincial-system").split("[ ,]+"))
                .filter(s -> !s.isBlank()).toList();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(config)) {
            List<AclBinding> acls = readOnlyAcls(readers);
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
            System.out.printf("kafka ACLs: %s may read %s and use consumer groups named after themselves (%d ACLs)%n",
                    readers, READABLE_TOPICS, acls.size());
        } catch (Exception e) {
            System.err.println("kafka ACLs could not be created on " + bootstrap + ": " + e);
            System.exit(1);
        }
    }

    static List<AclBinding> readOnlyAcls(List<String> readers) {
        List<AclBinding> acls = new ArrayList<>();
        for (String reader : readers) {
            String principal = "User:" + reader;
            for (String topic : READABLE_TOPICS) {
                for (AclOperation operation : List.of(AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS)) {
                    acls.add(allow(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), principal, operation));
                }
            }
            ResourcePattern groups = new ResourcePattern(ResourceType.GROUP, reader, PatternType.PREFIXED);
            acls.add(allow(groups, principal, AclOperation.READ));
            acls.add(allow(groups, principal, AclOperation.DESCRIBE));
        }
        return acls;
    }

    private static AclBinding allow(ResourcePattern resource, String principal, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
