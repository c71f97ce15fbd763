package vn.motcua.backbone.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;

@QuarkusTest
class PlatformTopicsTest {

    @Test
    void theReferenceTopicIsCompactedAndEveryPlatformTopicExistsAfterStartUp() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestClient.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .contains(Topics.DOSSIER, Topics.DOCUMENT, Topics.REFERENCE);
            ConfigResource reference = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REFERENCE);
            var config = admin.describeConfigs(List.of(reference)).all().get(10, TimeUnit.SECONDS).get(reference);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }
}
