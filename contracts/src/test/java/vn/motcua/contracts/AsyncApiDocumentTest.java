package vn.motcua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The AsyncAPI document is what provincial systems read: every event type must be in it, on its topic. */
class AsyncApiDocumentTest {

    private static JsonNode document() throws Exception {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertNotNull(in, "asyncapi.yaml missing");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsDocumentedOnItsTopicWithItsSchema(EventType type) throws Exception {
        JsonNode doc = document();
        Map<String, JsonNode> messagesByName = new HashMap<>();
        doc.at("/components/messages").fields().forEachRemaining(m -> messagesByName.put(m.getValue().path("name").asText(), m.getValue()));
        JsonNode message = messagesByName.get(type.type());
        assertNotNull(message, type.type() + " is not in asyncapi.yaml");
        assertEquals(type.schemaResource().substring(1), message.at("/payload/schema/$ref").asText());

        boolean onTopic = false;
        for (JsonNode channel : doc.path("channels")) {
            if (channel.path("address").asText().equals(type.topic())) {
                for (JsonNode ref : channel.path("messages")) {
                    onTopic |= messagesByName.get(type.type()) == doc.at(ref.path("$ref").asText().substring(1));
                }
            }
        }
        assertTrue(onTopic, type.type() + " is not listed on channel " + type.topic());
    }
}
