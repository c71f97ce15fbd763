package vn.motcua.stats;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.testsupport.KafkaTestClient;

/** Publishes motcua.document events of one unit to the real broker, each checked against its schema. */
public final class DocumentEvents {

    private static final String SHA = "ab".repeat(32);

    private final String unit;

    public DocumentEvents(String unit) {
        this.unit = unit;
    }

    /** An outgoing document of {@code documentDate} (yyyy-MM-dd); returns the event id. */
    public String registered(String eventId, String documentName, String deliveryMode, String documentDate) {
        return send(eventId, EventType.DOCUMENT_REGISTERED, documentName, """
                {"documentId":"%s","unitCode":"%s","number":12,"symbol":"12/QĐ-UBND","series":"ORDINARY",
                 "year":2022,"documentDate":"%s","documentType":"QD","deliveryMode":"%s","dossierCode":null,
                 "fieldCode":null,"registeredAt":"%s"}"""
                .formatted(id(documentName), unit, documentDate, deliveryMode, DossierEvents.vn(documentDate + "T08:00")));
    }

    public String incoming(String documentName, String receivedOn) {
        return send(UUID.randomUUID().toString(), EventType.INCOMING_DOCUMENT_REGISTERED, documentName, """
                {"documentId":"%s","unitCode":"%s","incomingNumber":3,"year":2022,"sender":"UBND tỉnh",
                 "senderSymbol":"45/UBND-VP","receivedOn":"%s","signatureCheck":"VALID","registeredAt":"%s"}"""
                .formatted(id(documentName), unit, receivedOn, DossierEvents.vn(receivedOn + "T08:00")));
    }

    public String signed(String documentName, String role, int fileVersion, String signedAt) {
        return send(UUID.randomUUID().toString(), EventType.DOCUMENT_SIGNED, documentName, """
                {"documentId":"%s","unitCode":"%s","role":"%s","signerName":"Chủ tịch","certificateSerial":"0a1b",
                 "signatureLevel":"PAdES-BASELINE-B","fileId":"%s-file","fileVersion":%d,"sha256":"%s",
                 "signedAt":"%s"}"""
                .formatted(id(documentName), unit, role, id(documentName), fileVersion, SHA,
                        DossierEvents.vn(signedAt)));
    }

    /** A component of dossier {@code dossierName} (named as in {@link DossierEvents}) was digitised. */
    public String componentDigitised(String fileName, String dossierName, String field, String digitisedAt) {
        return send(UUID.randomUUID().toString(), EventType.COMPONENTS_DIGITISED, fileName, """
                {"fileId":"%s","dossierId":"%s","dossierCode":"%s-220701-0001","unitCode":"%s",
                 "procedureCode":"1.001193","fieldCode":"%s","component":"Tờ khai","reused":false,
                 "contentType":"application/pdf","sizeBytes":1024,"sha256":"%s","digitisedAt":"%s"}"""
                .formatted(id(fileName), dossierId(dossierName), unit, unit, field, SHA, DossierEvents.vn(digitisedAt)));
    }

    public String resultDigitised(String fileName, String dossierName, String field, String digitisedAt) {
        return send(UUID.randomUUID().toString(), EventType.RESULT_DIGITISED, fileName, """
                {"fileId":"%s","dossierId":"%s","dossierCode":"%s-220701-0001","unitCode":"%s",
                 "procedureCode":"1.001193","fieldCode":"%s","contentType":"application/pdf","sizeBytes":1024,
                 "sha256":"%s","digitisedAt":"%s"}"""
                .formatted(id(fileName), dossierId(dossierName), unit, unit, field, SHA, DossierEvents.vn(digitisedAt)));
    }

    private String id(String name) {
        return unit + "-doc-" + name;
    }

    /** The id {@link DossierEvents} gives a dossier of this unit. */
    private String dossierId(String dossierName) {
        return unit + "-" + dossierName;
    }

    private String send(String eventId, EventType type, String name, String payload) {
        EventSchemas.assertValid(type.type(), payload);
        KafkaTestClient.send(Topics.DOCUMENT, id(name), payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/motcua/test",
                CloudEventHeaders.TYPE, type.type(),
                CloudEventHeaders.SUBJECT, id(name),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        return eventId;
    }
}
