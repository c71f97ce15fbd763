package vn.motcua.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The one-shot init of the compose broker (service {@code kafka-init}), in one JVM: the topics with their
 * partitions and retention, one SCRAM user per service with the ACLs that let it write only the topics it
 * publishes, and the provincial systems' read-only ACLs. It replaced a shell script that ran about 28 Kafka tool
 * JVMs (3 s of CPU each), which made it the longest step of the stack's start on two cores.
 *
 * <p>Runs on the INTERNAL listener as the broker's admin (SASL/PLAIN, the only super user). Idempotent: every start
 * of the stack runs it again; passwords are set again, an ACL that exists is left as it is, and a topic's settings
 * are set again, so a topic made by an older stack (or by broker auto-creation) with the default seven days is
 * corrected. Same topic settings as the services' {@code vn.motcua.backbone.kafka.PlatformTopics}.
 *
 * <p>Environment: {@code MOTCUA_KAFKA_BOOTSTRAP} (kafka:9092), {@code MOTCUA_KAFKA_ADMIN_PASSWORD},
 * {@code MOTCUA_KAFKA_PARTITIONS} (6), {@code MOTCUA_KAFKA_<SERVICE>_PASSWORD} for intake, workflow, document and
 * stats, {@code PROVINCIAL_PRINCIPAL} ({@code User:provincial-system}), {@code PROVINCIAL_GROUP_PREFIX}
 * ({@code provincial-system}). Exit 0 when everything is in place, 1 on a Kafka error, 2 on a missing setting.
 */
public final class KafkaInitMain {

    public static final String DOSSIER = "motcua.dossier";
    public static final String DOCUMENT = "motcua.document";
    public static final String REFERENCE = "motcua.reference";

    /** A topic with its partitions (null: the configured count) and settings. */
    public record Topic(String name, Integer partitions, Map<String, String> settings) {
    }

    /** A service's user: the topics it publishes (its outbox) and those it consumes. */
    public record Service(String name, List<String> writes, List<String> reads) {
        public String principal() {
            return "User:" + name;
        }
    }

    /**
     * The event topics keep every event forever (the record every projection is rebuilt from), the reference topic
     * the latest state per code.
     */
    public static final List<Topic> TOPICS = List.of(
            new Topic(DOSSIER, null, Map.of("retention.ms", "-1", "retention.bytes", "-1")),
            new Topic(DOCUMENT, null, Map.of("retention.ms", "-1", "retention.bytes", "-1")),
            new Topic(REFERENCE, 3, Map.of("cleanup.policy", "compact")));

    public static final List<Service> SERVICES = List.of(
            new Service("intake", List.of(DOSSIER, REFERENCE), List.of(DOSSIER, REFERENCE)),
            new Service("workflow", List.of(DOSSIER), List.of(DOSSIER, REFERENCE)),
            new Service("document", List.of(DOCUMENT), List.of(DOSSIER, REFERENCE)),
            new Service("stats", List.of(), List.of(DOSSIER, DOCUMENT, REFERENCE)));

    private static final int SCRAM_ITERATIONS = 8192;

    private KafkaInitMain() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        String bootstrap = env.getOrDefault("MOTCUA_KAFKA_BOOTSTRAP", "kafka:9092");
        try {
            required(env, "MOTCUA_KAFKA_ADMIN_PASSWORD");
            Map<String, String> passwords = new LinkedHashMap<>();
            for (Service service : SERVICES) {
                passwords.put(service.name(), required(env, "MOTCUA_KAFKA_" + service.name().toUpperCase() + "_PASSWORD"));
            }
            int partitions = Integer.parseInt(env.getOrDefault("MOTCUA_KAFKA_PARTITIONS", "6"));
            String provincial = env.getOrDefault("PROVINCIAL_PRINCIPAL", "User:provincial-system");
            String provincialGroups = env.getOrDefault("PROVINCIAL_GROUP_PREFIX", "provincial-system");
            try (Admin admin = Admin.create(adminConfig(bootstrap))) {
                topics(admin, partitions);
                users(admin, passwords);
                List<AclBinding> acls = acls(provincial, provincialGroups);
                admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
                for (Service service : SERVICES) {
                    System.out.printf("kafka-init: user %s writes %s reads %s%n", service.name(), service.writes(), service.reads());
                }
                System.out.printf("kafka-init: %s reads %s, consumer groups %s*%n", provincial,
                        List.of(DOSSIER, DOCUMENT, REFERENCE), provincialGroups);
                int total = admin.describeAcls(AclBindingFilter.ANY).values().get(60, TimeUnit.SECONDS).size();
                System.out.printf("kafka-init: topics, users and ACLs in place (%d ACLs on the broker)%n", total);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("kafka-init: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("kafka-init: failed against " + bootstrap + ": " + e);
            System.exit(1);
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set (.env)");
        }
        return value;
    }

    private static Properties adminConfig(String bootstrap) {
        Properties config = KafkaTopicsMain.asAdmin();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        return config;
    }

    /** Creates the missing topics and sets every topic's settings (creation and correction alike). */
    static void topics(Admin admin, int defaultPartitions) throws Exception {
        Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
        for (Topic topic : TOPICS) {
            int partitions = topic.partitions() == null ? defaultPartitions : topic.partitions();
            if (!existing.contains(topic.name())) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic.name(), partitions, (short) 1).configs(topic.settings())))
                            .all().get(60, TimeUnit.SECONDS);
                    System.out.printf("kafka-init: created topic %s (%d partitions)%n", topic.name(), partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            Collection<AlterConfigOp> settings = new ArrayList<>();
            topic.settings().forEach((name, value) -> settings.add(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET)));
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), settings))
                    .all().get(60, TimeUnit.SECONDS);
        }
    }

    private static void users(Admin admin, Map<String, String> passwords) throws Exception {
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        passwords.forEach((user, password) -> upserts.add(new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password)));
        admin.alterUserScramCredentials(upserts).all().get(60, TimeUnit.SECONDS);
    }

    /**
     * Each service may write and read the topics it publishes, read the topics it consumes, use the consumer groups
     * named after it ({@code <name>-service}, {@code <name>-service.*}), and create, write and read its own
     * dead-letter topics ({@code <topic>.dlq.<name>-service}) to replay them. Provincial systems (on the EXTERNAL
     * listener, principal = the token's azp) read the three public topics and use the consumer groups named after
     * them. Nothing else: no WRITE for them anywhere.
     */
    public static List<AclBinding> acls(String provincial, String provincialGroups) {
        Set<AclBinding> acls = new LinkedHashSet<>();
        for (Service service : SERVICES) {
            String principal = service.principal();
            for (String topic : service.writes()) {
                allow(acls, topic(topic), principal, AclOperation.WRITE, AclOperation.DESCRIBE);
            }
            for (String topic : service.reads()) {
                allow(acls, topic(topic), principal, AclOperation.READ, AclOperation.DESCRIBE);
                allow(acls, topic(topic + ".dlq." + service.name() + "-service"), principal,
                        AclOperation.CREATE, AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE);
            }
            allow(acls, new ResourcePattern(ResourceType.GROUP, service.name() + "-service", PatternType.PREFIXED), principal,
                    AclOperation.READ, AclOperation.DESCRIBE);
        }
        for (String topic : List.of(DOSSIER, DOCUMENT, REFERENCE)) {
            allow(acls, topic(topic), provincial, AclOperation.READ, AclOperation.DESCRIBE);
        }
        allow(acls, new ResourcePattern(ResourceType.GROUP, provincialGroups, PatternType.PREFIXED), provincial, AclOperation.READ);
        return List.copyOf(acls);
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static void allow(Set<AclBinding> acls, ResourcePattern resource, String principal, AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(resource, new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
        }
    }
}
