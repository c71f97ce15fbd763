package vn.motcua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.contracts.dossier.DossierResolved;
import vn.motcua.contracts.dossier.Outcome;
import vn.motcua.contracts.dossier.Timeliness;

/** The records and the published schemas must describe the same payloads. */
class EventSchemaContractTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static JsonSchema schemaOf(EventType type) throws Exception {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertNotNull(in, "schema missing for " + type.type());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyRecordComponentIsDescribedAndEveryRequiredPropertyExists(EventType type) throws Exception {
        JsonNode schema;
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            schema = JSON.readTree(in);
        }
        JsonNode properties = schema.get("properties");
        for (RecordComponent component : type.payload().getRecordComponents()) {
            assertTrue(properties.has(component.getName()),
                    type.type() + " schema lacks property " + component.getName());
        }
        Set<String> components = java.util.Arrays.stream(type.payload().getRecordComponents())
                .map(RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
        schema.get("required").forEach(required -> assertTrue(components.contains(required.asText()),
                type.type() + " requires " + required.asText() + " which the record does not have"));
        assertEquals(type.type(), schema.get("$id").asText().replaceAll(".*/(.*)\\.json$", "$1"));
    }

    /** Issue 19: a provincial mirror follows the national status (1-10) from the events on motcua.dossier alone. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyDossierEventCarriesTheNationalStatusCode(EventType type) throws Exception {
        if (!type.topic().equals(Topics.DOSSIER)) {
            return;
        }
        assertTrue(java.util.Arrays.stream(type.payload().getRecordComponents())
                        .anyMatch(c -> c.getName().equals("nationalStatus") && c.getType() == Integer.class),
                type.type() + " has no nationalStatus");
        JsonNode property;
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            property = JSON.readTree(in).at("/properties/nationalStatus");
        }
        assertEquals(1, property.get("minimum").asInt(), type.type());
        assertEquals(10, property.get("maximum").asInt(), type.type());
    }

    @Test
    void theNationalStatusCodesAreOneToTenInTheirOrder() {
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList(),
                java.util.Arrays.stream(vn.motcua.contracts.dossier.NationalStatus.values())
                        .map(vn.motcua.contracts.dossier.NationalStatus::code).toList());
    }

    @Test
    void aSerializedDossierReceivedIsValid() throws Exception {
        var event = new DossierReceived("d-1", "000.00.31.H41-220715-0001", "31639", "1.001193", 1,
                "ho-tich", "COMMUNE", Channel.IN_PERSON, Instant.parse("2022-07-15T01:15:00Z"),
                Instant.parse("2022-07-15T09:00:00Z"));
        Set<ValidationMessage> errors = schemaOf(EventType.DOSSIER_RECEIVED).validate(JSON.valueToTree(event));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aSerializedDossierResolvedIsValid() throws Exception {
        var event = new DossierResolved("d-1", "000.00.31.H41-220715-0001", "31639", "1.001193", "ho-tich",
                Channel.ONLINE, Outcome.APPROVED, Instant.parse("2022-07-15T01:15:00Z"),
                Instant.parse("2022-07-20T09:00:00Z"), Instant.parse("2022-07-18T03:00:00Z"), Timeliness.EARLY);
        Set<ValidationMessage> errors = schemaOf(EventType.DOSSIER_RESOLVED).validate(JSON.valueToTree(event));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aPayloadMissingItsUnitIsRejected() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(new DossierReceived("d-1",
                "000.00.31.H41-220715-0001", "31639", "1.001193", 1, "ho-tich", "COMMUNE", Channel.POSTAL,
                Instant.now(), Instant.now()));
        node.remove("unitCode");
        node.put("channel", "FAX");
        Set<ValidationMessage> errors = schemaOf(EventType.DOSSIER_RECEIVED).validate(node);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("unitCode"), errors.toString());
        assertTrue(errors.toString().contains("channel"), errors.toString());
    }

    @Test
    void typesFollowTheNamingConvention() {
        for (EventType type : EventType.values()) {
            assertTrue(type.type().matches("vn\\.motcua\\.[a-z]+\\.[a-z-]+\\.v[0-9]+"), type.type());
            assertEquals(type, EventType.of(type.type()).orElseThrow());
        }
    }
}
