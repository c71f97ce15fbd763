package vn.motcua.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EventSchemasTest {
    private static final String TYPE = "vn.motcua.test.sample.v1";

    @Test
    void aConformingPayloadHasNoMessages() {
        String json = """
                {"dossierId": "0b6f7c1e-8f0a-4c55-9a53-6c1d3c7f2a10", "unitCode": "31639",
                 "receivedAt": "2025-01-02T09:15:00Z"}
                """;

        assertEquals(List.of(), EventSchemas.validate(TYPE, json));
        EventSchemas.assertValid(TYPE, json);
    }

    @Test
    void everyViolationIsNamedIncludingOnesInAReferencedSchema() {
        String json = """
                {"dossierId": "not-a-uuid", "unitCode": "31-639", "receivedAt": "yesterday", "extra": 1}
                """;

        List<String> messages = EventSchemas.validate(TYPE, json);

        assertEquals(4, messages.size(), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("unitCode")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("receivedAt")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("dossierId")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("extra")), messages::toString);
    }

    @Test
    void assertValidFailsWithTheMessages() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> EventSchemas.assertValid(TYPE, "{\"unitCode\": \"31639\"}"));

        assertTrue(failure.getMessage().contains("dossierId"), failure.getMessage());
        assertTrue(failure.getMessage().contains("receivedAt"), failure.getMessage());
    }

    @Test
    void anUnknownEventTypeFailsClearly() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> EventSchemas.assertValid("vn.motcua.nothing.v1", "{}"));

        assertTrue(failure.getMessage().contains("/schemas/vn.motcua.nothing.v1.json"), failure.getMessage());
    }
}
