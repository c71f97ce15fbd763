package vn.motcua.stats;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.testsupport.KafkaTestClient;

/** Publishes a procedure of the catalogue on {@code motcua.reference} the way intake-service does, schema-checked. */
public final class ProcedureEvents {

    private ProcedureEvents() {
    }

    public static void publish(String code, String name, String fieldCode, String fieldName) {
        String payload = """
                {"code":"%s","versions":[{"version":1,"name":"%s","fieldCode":"%s","fieldName":"%s",
                 "levels":["COMMUNE"],"processingTime":{"amount":3,"unit":"WORKING_DAYS","cutOff":null},
                 "onlineLevel":"FULL","resultOnPaper":false,"components":[],"fees":[],"demoValues":[],
                 "validFrom":"2020-01-01","validTo":null}],"publishedAt":"%s"}"""
                .formatted(code, name, fieldCode, fieldName, Instant.now());
        EventSchemas.assertValid(EventType.PROCEDURE_PUBLISHED.type(), payload);
        KafkaTestClient.send(Topics.REFERENCE, code, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.SOURCE, "/motcua/intake-service",
                CloudEventHeaders.TYPE, EventType.PROCEDURE_PUBLISHED.type(),
                CloudEventHeaders.SUBJECT, code,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }
}
