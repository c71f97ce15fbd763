package vn.motcua.backbone.kafka;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.contracts.Topics;

/**
 * Creates the platform's topics at start-up if they are missing, so that {@code motcua.reference} is
 * compacted (a broker's auto-creation would make it a deleting topic) and every topic gets the
 * configured partitions. Existing topics are left as they are. Where the operator manages topics
 * (or ACLs forbid creating them), switch it off with {@code motcua.kafka.create-topics=false}.
 */
@ApplicationScoped
public class PlatformTopics {

    private static final Logger LOG = Logger.getLogger(PlatformTopics.class);

    void onStart(@Observes StartupEvent start, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "motcua.kafka.create-topics", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "motcua.kafka.partitions", defaultValue = "3") int partitions,
            @ConfigProperty(name = "motcua.kafka.replication-factor", defaultValue = "1") short replication) {
        if (!enabled) {
            return;
        }
        List<NewTopic> topics = List.of(
                new NewTopic(Topics.DOSSIER, partitions, replication),
                new NewTopic(Topics.DOCUMENT, partitions, replication),
                new NewTopic(Topics.REFERENCE, partitions, replication)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.keySet().retainAll(AdminClientConfig.configNames());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(15, TimeUnit.SECONDS);
                    LOG.infof("Created topic %s", result.getKey());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            // the service can still serve its API; the outbox keeps events until Kafka is reachable
            LOG.warnf("Could not check or create the platform topics: %s", e.getCause() == null ? e : e.getCause());
        }
    }
}
