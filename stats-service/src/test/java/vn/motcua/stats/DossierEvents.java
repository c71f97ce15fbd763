package vn.motcua.stats;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.testsupport.KafkaTestClient;

/** Publishes dossier events of one unit to the real broker, the way the producing services do. */
public final class DossierEvents {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String WITHDRAWN = "vn.motcua.dossier.withdrawn.v1";

    private final String unit;

    public DossierEvents(String unit) {
        this.unit = unit;
    }

    /** A local date-time in Asia/Ho_Chi_Minh, e.g. {@code 2022-09-14T16:00}. */
    public static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    /** Sends a receipt; returns the event id, to send it again as a redelivery. */
    public String received(String dossierId, String field, String channel, String receivedAt, String dueAt) {
        return send(dossierId, EventType.DOSSIER_RECEIVED.type(), UUID.randomUUID().toString(), """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193","procedureVersion":1,
                 "fieldCode":"%s","level":"DISTRICT","channel":"%s","receivedAt":"%s","dueAt":"%s"}"""
                .formatted(id(dossierId), code(dossierId), unit, field, channel, vn(receivedAt), vn(dueAt)));
    }

    public String resolved(String dossierId, String field, String channel, String receivedAt, String dueAt,
            String resolvedAt) {
        return resolved(UUID.randomUUID().toString(), dossierId, field, channel, receivedAt, dueAt, resolvedAt);
    }

    public String resolved(String eventId, String dossierId, String field, String channel, String receivedAt,
            String dueAt, String resolvedAt) {
        return send(dossierId, EventType.DOSSIER_RESOLVED.type(), eventId, """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193","fieldCode":"%s",
                 "channel":"%s","outcome":"APPROVED","receivedAt":"%s","dueAt":"%s","resolvedAt":"%s"}"""
                .formatted(id(dossierId), code(dossierId), unit, field, channel, vn(receivedAt), vn(dueAt),
                        vn(resolvedAt)));
    }

    public String refused(String dossierId, String field, String channel, String refusedAt) {
        return send(dossierId, EventType.DOSSIER_REFUSED.type(), UUID.randomUUID().toString(), """
                {"dossierId":"%s","unitCode":"%s","procedureCode":"1.001193","procedureVersion":1,"fieldCode":"%s",
                 "level":"DISTRICT","channel":"%s","reason":"không thuộc thẩm quyền","refusedAt":"%s"}"""
                .formatted(id(dossierId), unit, field, channel, vn(refusedAt)));
    }

    /** A new return date (form 04), in the shape workflow-service announces it, checked against its schema. */
    public String deadlineExtended(String dossierId, String field, String previousDueAt, String dueAt,
            String occurredAt) {
        String payload = """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193","fieldCode":"%s",
                 "channel":"IN_PERSON","dueAt":"%s","occurredAt":"%s","actor":"chuyen.vien","reason":"cần xác minh",
                 "previousDueAt":"%s"}"""
                .formatted(id(dossierId), schemaCode(dossierId), unit, field, vn(dueAt), vn(occurredAt),
                        vn(previousDueAt));
        EventSchemas.assertValid(EventType.DEADLINE_EXTENDED.type(), payload);
        return send(dossierId, EventType.DEADLINE_EXTENDED.type(), UUID.randomUUID().toString(), payload);
    }

    /** A withdrawal in the shape the workflow-service announces (DossierWithdrawn); ce_time deliberately differs. */
    public String withdrawn(String dossierId, String withdrawnAt) {
        return send(dossierId, WITHDRAWN, UUID.randomUUID().toString(), """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","channel":"IN_PERSON","occurredAt":"%s",
                 "actor":"mot.cua"}"""
                .formatted(id(dossierId), code(dossierId), unit, vn(withdrawnAt)));
    }

    /** The applicant's rating (1-5) of a dossier, checked against its schema; returns the event id. */
    public String rated(String eventId, String dossierId, String field, int score, String ratedAt) {
        String payload = """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193","fieldCode":"%s",
                 "channel":"ONLINE","score":%d,"commented":false,"ratedAt":"%s"}"""
                .formatted(id(dossierId), schemaCode(dossierId), unit, field, score, vn(ratedAt));
        EventSchemas.assertValid(EventType.SERVICE_RATED.type(), payload);
        return send(dossierId, EventType.SERVICE_RATED.type(), eventId, payload);
    }

    /** A dossier code of the documented shape ({@code <unit>-<YYMMDD>-<sequence>}), for schema-checked events. */
    private String schemaCode(String dossierId) {
        return "%s-220801-%04d".formatted(unit, Math.floorMod(dossierId.hashCode(), 10_000));
    }

    private String code(String dossierId) {
        return unit + "-" + dossierId;
    }

    /** Test dossiers are named A, B, C... within their unit; their ids are unique across units. */
    private String id(String dossierName) {
        return unit + "-" + dossierName;
    }

    private String send(String dossierName, String type, String eventId, String payload) {
        KafkaTestClient.send(Topics.DOSSIER, id(dossierName), payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/motcua/test",
                CloudEventHeaders.TYPE, type,
                CloudEventHeaders.SUBJECT, code(dossierName),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        return eventId;
    }

    /** Sends an event again under the same id: what a broker redelivery looks like to the consumer. */
    public void redeliverResolved(String eventId, String dossierId, String field, String channel, String receivedAt,
            String dueAt, String resolvedAt) {
        resolved(eventId, dossierId, field, channel, receivedAt, dueAt, resolvedAt);
    }
}
