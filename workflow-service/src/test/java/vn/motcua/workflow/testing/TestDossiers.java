package vn.motcua.workflow.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.backbone.lookup.LookupSecretHash;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.testsupport.Databases;
import vn.motcua.testsupport.KafkaTestClient;

/** Dossiers as intake-service announces them: a real DossierReceived CloudEvent on motcua.dossier. */
public final class TestDossiers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestDossiers() {
    }

    /** A dossier about to be announced; {@code legacyId} is set when the legacy import created it. */
    public record Announced(String id, String code, String unitCode, String secret, Instant dueAt,
            String procedureCode, String workingHoursJson, String legacyId) {
    }

    /** The procedure of test dossiers unless a test names another; no test adds a definition for it. */
    public static final String PROCEDURE = "1.001193";

    public static Announced newDossier(String unitCode, Instant dueAt) {
        return newDossier(unitCode, dueAt, PROCEDURE);
    }

    public static Announced newDossier(String unitCode, Instant dueAt, String procedureCode) {
        String code = "000.00.31." + unitCode + "-261127-" + String.format("%04d", SEQUENCE.incrementAndGet());
        return new Announced(UUID.randomUUID().toString(), code, unitCode, "s" + UUID.randomUUID(), dueAt,
                procedureCode, null, null);
    }

    /** Publishes the DossierReceived of {@code dossier} under CloudEvents id {@code eventId}. */
    public static void send(Announced dossier, String eventId) {
        send(dossier, eventId, LookupSecretHash.of(LOOKUP_KEY, dossier.code(), dossier.secret()));
    }

    /** The test profile's lookup-secret key (the demo key), with which intake would have made the verifier. */
    public static final byte[] LOOKUP_KEY =
            vn.motcua.backbone.lookup.LookupSecretKey.DEMO_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Publishes the DossierReceived of {@code dossier} carrying the lookup-secret verifier {@code lookupSecretHash}. */
    public static void send(Announced dossier, String eventId, String lookupSecretHash) {
        send(dossier, eventId, lookupSecretHash, "ho-tich");
    }

    private static void send(Announced dossier, String eventId, String lookupSecretHash, String fieldCode) {
        Instant receivedAt = dossier.dueAt().minus(Duration.ofDays(5));
        String payload = """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"%s","procedureVersion":1,
                 "fieldCode":"%s","level":"COMMUNE","channel":"IN_PERSON","receivedAt":"%s","dueAt":"%s",
                 "processingTime":{"amount":3,"unit":"WORKING_DAYS"},
                 "lookupSecretHash":"%s","applicantInitials":"N.V.A.","workingHours":%s,"legacyId":%s,
                 "nationalStatus":2}"""
                .formatted(dossier.id(), dossier.code(), dossier.unitCode(), dossier.procedureCode(), fieldCode, receivedAt,
                        dossier.dueAt(),
                        lookupSecretHash, dossier.workingHoursJson(),
                        dossier.legacyId() == null ? "null" : "\"" + dossier.legacyId() + "\"");
        sendFromIntake(EventType.DOSSIER_RECEIVED, dossier.id(), dossier.code(), eventId, payload);
    }

    /** An event on its type's topic as intake-service's relay sends it: CloudEvents headers in binary mode. */
    public static void sendFromIntake(EventType type, String key, String subject, String eventId, String payload) {
        KafkaTestClient.send(type.topic(), key, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/motcua/intake-service",
                CloudEventHeaders.TYPE, type.type(),
                CloudEventHeaders.SUBJECT, subject,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }

    /** Publishes a unit's calendar as intake does and waits until workflow's calendar consumer has applied it. */
    public static void publishCalendar(String key, String payload) {
        String eventId = UUID.randomUUID().toString();
        sendFromIntake(EventType.CALENDAR_PUBLISHED, key, key, eventId, payload);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> count(
                "select count(*) from processed_event where consumer = ? and event_id = ?",
                "workflow-service.calendars", eventId) == 1);
    }

    /** Announces a new dossier of {@code unitCode} and waits until its case is open. */
    public static Announced received(String unitCode, Instant dueAt) {
        return received(unitCode, dueAt, PROCEDURE);
    }

    public static Announced received(String unitCode, Instant dueAt, String procedureCode) {
        Announced dossier = newDossier(unitCode, dueAt, procedureCode);
        String eventId = UUID.randomUUID().toString();
        send(dossier, eventId);
        awaitProcessed(eventId);
        return dossier;
    }

    /** Announces a new dossier of a procedure of field {@code fieldCode} (e.g. {@code chung-thuc}) and waits for its case. */
    public static Announced receivedInField(String unitCode, Instant dueAt, String fieldCode) {
        Announced dossier = newDossier(unitCode, dueAt);
        String eventId = UUID.randomUUID().toString();
        send(dossier, eventId, LookupSecretHash.of(LOOKUP_KEY, dossier.code(), dossier.secret()), fieldCode);
        awaitProcessed(eventId);
        return dossier;
    }

    /** Announces a dossier the legacy import created from record {@code legacyId} and waits until its case is open. */
    public static Announced imported(String unitCode, Instant dueAt, String legacyId) {
        Announced plain = newDossier(unitCode, dueAt);
        Announced dossier = new Announced(plain.id(), plain.code(), unitCode, plain.secret(), dueAt, PROCEDURE, null,
                legacyId);
        String eventId = UUID.randomUUID().toString();
        send(dossier, eventId);
        awaitProcessed(eventId);
        return dossier;
    }

    /** Announces a dossier of a unit with its own working hours, e.g. {@code MON-SAT}, {@code 07:30-11:30,13:00-17:00}. */
    public static Announced receivedWithHours(String unitCode, Instant dueAt, String weekdays, String sessions) {
        Announced plain = newDossier(unitCode, dueAt);
        Announced dossier = new Announced(plain.id(), plain.code(), unitCode, plain.secret(), dueAt, PROCEDURE,
                """
                {"calendarId":"%s","weekdays":"%s","sessions":"%s"}""".formatted(unitCode, weekdays, sessions), null);
        String eventId = UUID.randomUUID().toString();
        send(dossier, eventId);
        awaitProcessed(eventId);
        return dossier;
    }

    /** Waits until the workflow's consumer has handled the event with CloudEvents id {@code eventId}. */
    public static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> count(
                "select count(*) from processed_event where consumer = 'workflow-service.cases' and event_id = ?",
                eventId) == 1);
    }

    /** A citizen's request from an address of its own (the lookup is rate-limited per address). */
    public static io.restassured.specification.RequestSpecification citizen() {
        return io.restassured.RestAssured.given().header("X-Forwarded-For", "198.51." + (CLIENTS.get() / 250 % 250)
                + "." + (CLIENTS.incrementAndGet() % 250 + 1)).contentType(io.restassured.http.ContentType.JSON);
    }

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = Databases.connectToCurrent();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
