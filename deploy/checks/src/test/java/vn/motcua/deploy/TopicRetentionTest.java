package vn.motcua.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
    void composeCreatesAndCorrectsTheTopicsWithInfiniteRetention() throws IOException {
        String script = Files.readString(Deployment.root().resolve("deploy/compose/kafka/init-topics-acls.sh"));
        Map<String, Map<String, String>> configs = new HashMap<>();
        Matcher call = Pattern.compile("(?m)^topic (\\S+) \\S+ (\\S+)$").matcher(script);
        while (call.find()) {
            Map<String, String> topic = new HashMap<>();
            for (String pair : call.group(2).split(",")) {
                topic.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            configs.put(call.group(1), topic);
        }
        REQUIRED.forEach((topic, required) -> assertThat(configs.get(topic)).as(topic).containsAllEntriesOf(required));
        assertThat(script).contains("kafka-configs.sh").contains("--alter");
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
