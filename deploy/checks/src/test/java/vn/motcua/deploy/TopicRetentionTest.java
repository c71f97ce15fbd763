package vn.motcua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.launcher.KafkaInitMain;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The topics are the record every projection is rebuilt from: wherever deploy/ creates them, the event topics
 * keep every event forever and the reference topic is compacted (./platform: the services' PlatformTopics).
 */
class TopicRetentionTest {

    private static final Map<String, Map<String, String>> REQUIRED = Map.of(
            "motcua.dossier", Map.of("retention.ms", "-1", "retention.bytes", "-1"),
            "motcua.document", Map.of("retention.ms", "-1", "retention.bytes", "-1"),
            "motcua.reference", Map.of("cleanup.policy", "compact"));

    @Test
    void composeCreatesAndCorrectsTheTopicsWithInfiniteRetention() {
        // kafka-init (KafkaInitMain) sets these on creation and again on every start
        Map<String, Map<String, String>> configs = new HashMap<>();
        KafkaInitMain.TOPICS.forEach(topic -> configs.put(topic.name(), topic.settings()));
        REQUIRED.forEach((topic, required) -> assertThat(configs.get(topic)).as(topic).containsAllEntriesOf(required));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKubernetesTopicsKeepEveryEventForever() throws IOException {
        Path file = Deployment.root().resolve("deploy/kubernetes/topics/kafka-topics.yaml");
        Map<String, Map<String, String>> configs = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml(new LoaderOptions()).loadAll(reader)) {
                Map<String, Object> topic = (Map<String, Object>) document;
                Map<String, Object> config = (Map<String, Object>) ((Map<String, Object>) topic.get("spec")).get("config");
                Map<String, String> asText = new HashMap<>();
                config.forEach((name, value) -> asText.put(name, String.valueOf(value)));
                configs.put(((Map<String, Object>) topic.get("metadata")).get("name").toString(), asText);
            }
        }
        REQUIRED.forEach((topic, required) -> assertThat(configs.get(topic)).as(topic).containsAllEntriesOf(required));
    }
}
