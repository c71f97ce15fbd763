package vn.motcua.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks event payloads against the JSON Schemas (draft 2020-12) that {@code contracts} ships at
 * {@code /schemas/<ce_type>.json}: what provincial systems code against is what services emit.
 */
public final class EventSchemas {
    private static final String CLASSPATH_DIR = "schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.add(EventSchemas::fromClasspath)));
    // "format" is only an annotation in 2020-12 by default; a contract saying date-time means it
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Validation messages for {@code json} against the schema of {@code ceType}; empty when valid. */
    public static List<String> validate(String ceType, String json) {
        return schemaOf(ceType).validate(json, InputFormat.JSON).stream()
                .map(ValidationMessage::toString)
                .sorted()
                .toList();
    }

    /** Fails with every validation message when {@code json} does not match the schema of {@code ceType}. */
    public static void assertValid(String ceType, String json) {
        List<String> messages = validate(ceType, json);
        if (!messages.isEmpty()) {
            throw new AssertionError("Payload does not match schema " + ceType + ":\n  "
                    + String.join("\n  ", messages) + "\nPayload: " + json);
        }
    }

    private static JsonSchema schemaOf(String ceType) {
        return CACHE.computeIfAbsent(ceType, type -> {
            String resource = CLASSPATH_DIR + type + ".json";
            if (Thread.currentThread().getContextClassLoader().getResource(resource) == null
                    && EventSchemas.class.getClassLoader().getResource(resource) == null) {
                throw new AssertionError("No schema for event type " + type + " on the classpath at /" + resource
                        + " (is the contracts module a test dependency?)");
            }
            return FACTORY.getSchema(SchemaLocation.of("classpath:" + resource), CONFIG);
        });
    }

    /**
     * Schemas may name themselves and each other by an https {@code $id}; resolve any
     * {@code .../schemas/<file>} from the classpath so validation never goes to the network.
     */
    private static AbsoluteIri fromClasspath(AbsoluteIri iri) {
        String text = iri.toString();
        int at = text.indexOf("/" + CLASSPATH_DIR);
        if (!text.startsWith("http") || at < 0) {
            return null;
        }
        return AbsoluteIri.of("classpath:" + text.substring(at + 1));
    }
}
