package vn.motcua.backbone.kafka;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.contracts.Topics;

/**
 * Creates the platform's topics at start-up if they are missing, and gives existing ones the settings the record
 * needs: the topics are what every projection is rebuilt from, so {@code motcua.dossier} and
 * {@code motcua.document} keep every event forever ({@code retention.ms=-1}, {@code retention.bytes=-1}) and
 * {@code motcua.reference} is compacted (the latest state per code). A broker's auto-creation would give them
 * seven days. Where the operator manages topics (or ACLs forbid it), switch it off with
 * {@code motcua.kafka.create-topics=false}; deploy/ then sets the same configs.
 */
@ApplicationScoped
public class PlatformTopics {

    private static final Logger LOG = Logger.getLogger(PlatformTopics.class);

    /** The configs each platform topic must have, whoever created it. */
    public static final Map<String, Map<String, String>> REQUIRED_CONFIGS = Map.of(
            Topics.DOSSIER, Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"),
            Topics.DOCUMENT, Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"),
            Topics.REFERENCE, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    private final Map<String, Object> adminConfig;
    private final boolean enabled;
    private final int partitions;
    private final short replication;

    PlatformTopics(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "motcua.kafka.create-topics", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "motcua.kafka.partitions", defaultValue = "3") int partitions,
            @ConfigProperty(name = "motcua.kafka.replication-factor", defaultValue = "1") short replication) {
        this.enabled = enabled;
        this.partitions = partitions;
        this.replication = replication;
        this.adminConfig = new HashMap<>(kafkaConfig);
        adminConfig.keySet().retainAll(AdminClientConfig.configNames());
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        try {
            ensure();
        } catch (Exception e) {
            // the service can still serve its API; the outbox keeps events until Kafka is reachable
            LOG.warnf("Could not check or create the platform topics: %s", e.getCause() == null ? e : e.getCause());
        }
    }

    /** Creates the missing topics with their configs and sets the required configs on the existing ones. */
    public void ensure() throws Exception {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = REQUIRED_CONFIGS.entrySet().stream()
                    .filter(topic -> !existing.contains(topic.getKey()))
                    .map(topic -> new NewTopic(topic.getKey(), partitions, replication).configs(topic.getValue()))
                    .toList();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(15, TimeUnit.SECONDS);
                    LOG.infof("Created topic %s", result.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            // idempotent: SET of a value already in place changes nothing
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
            REQUIRED_CONFIGS.forEach((topic, configs) -> {
                List<AlterConfigOp> ops = new ArrayList<>();
                configs.forEach((name, value) -> ops.add(new AlterConfigOp(new ConfigEntry(name, value),
                        AlterConfigOp.OpType.SET)));
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops);
            });
            admin.incrementalAlterConfigs(changes).all().get(15, TimeUnit.SECONDS);
        }
    }
}
