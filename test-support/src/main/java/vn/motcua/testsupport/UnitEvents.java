package vn.motcua.testsupport;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;

/**
 * Units on {@code motcua.reference}, as the intake service publishes them, so that a service's unit
 * tree (backbone's {@code UnitScope}) can be built in its tests: {@code UnitEvents.publish("781", "DISTRICT", "78")}.
 */
public final class UnitEvents {

    private UnitEvents() {
    }

    /** A unit in force since before the platform's records, with one version under {@code parentCode} (null for a province). */
    public static void publish(String code, String level, String parentCode) {
        String payload = """
                {"code":"%s","versions":[{"version":1,"name":"Đơn vị thử %s","level":"%s","parentCode":%s,
                 "electronicId":null,"electronicIdDemo":false,"validFrom":null,"validTo":null}],
                 "successors":[],"changedAt":"%s"}""".formatted(code, code, level,
                parentCode == null ? "null" : "\"" + parentCode + "\"", Instant.now());
        EventSchemas.assertValid(EventType.UNIT_CHANGED.type(), payload);
        KafkaTestClient.send(Topics.REFERENCE, code, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.SOURCE, "/motcua/intake-service",
                CloudEventHeaders.TYPE, EventType.UNIT_CHANGED.type(),
                CloudEventHeaders.SUBJECT, code,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }
}
