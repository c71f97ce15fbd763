package vn.motcua.document.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.backbone.lookup.LookupSecretHash;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.TestTokens;

/**
 * Dossiers as the intake service announces them: a DossierReceived CloudEvent on motcua.dossier,
 * then a wait until this service knows the dossier (its file list answers 200 for the unit).
 */
public final class TestDossiers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private TestDossiers() {
    }

    /** A new dossier code of the unit, e.g. {@code 000.00.31.H41-220715-0001}. */
    public static String newCode(String unitCode) {
        return unitCode + ".H41-220715-" + String.format("%04d", 1000 + SEQUENCE.incrementAndGet());
    }

    /** Announces a dossier of {@code unitCode} in field {@code fieldCode}; returns once the service knows it. */
    public static String received(String unitCode, String fieldCode, String lookupSecret) {
        return receivedWithVerifier(unitCode, fieldCode, code -> lookupSecret == null ? null
                : LookupSecretHash.of(LOOKUP_KEY, code, lookupSecret));
    }

    /** The test profile's lookup-secret key (the demo key), with which intake would have made the verifier. */
    public static final byte[] LOOKUP_KEY =
            vn.motcua.backbone.lookup.LookupSecretKey.DEMO_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Announces a dossier whose DossierReceived carries the verifier {@code secretHash} gives for its code. */
    public static String receivedWithVerifier(String unitCode, String fieldCode,
            java.util.function.Function<String, String> secretHash) {
        String code = newCode(unitCode);
        String id = UUID.randomUUID().toString();
        String verifier = secretHash.apply(code);
        String payload = """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193","procedureVersion":1,
                 "fieldCode":"%s","level":"COMMUNE","channel":"IN_PERSON","receivedAt":"%s","dueAt":"%s"%s}"""
                .formatted(id, code, unitCode, fieldCode, Instant.now(), Instant.now().plusSeconds(86400),
                        verifier == null ? "" : ",\"lookupSecretHash\":\"" + verifier + "\"");
        announce(EventType.DOSSIER_RECEIVED, code, payload);
        awaitKnown(unitCode, code);
        return code;
    }

    /**
     * Announces a dossier submitted online ({@code DossierSubmittedOnline}, waiting for the desk) whose lookup
     * secret is {@code lookupSecret}; returns its code once the service knows it.
     */
    public static String submittedOnline(String unitCode, String lookupSecret) {
        String code = newCode(unitCode);
        announce(EventType.DOSSIER_SUBMITTED_ONLINE, code, onlinePayload(unitCode, code, false, lookupSecret));
        awaitKnown(unitCode, code);
        return code;
    }

    /**
     * Announces a dossier submitted online by the citizen account with token subject {@code ownerSubject} (its
     * DossierSubmittedOnline carries the account's owner hash); returns its code once the service knows it.
     */
    public static String submittedOnlineBy(String unitCode, String lookupSecret, String ownerSubject) {
        String code = newCode(unitCode);
        announceOnlineBy(unitCode, code, lookupSecret, ownerSubject, UUID.randomUUID().toString());
        awaitKnown(unitCode, code);
        return code;
    }

    /** DossierSubmittedOnline of an account's dossier with the given CloudEvent id (to redeliver it as it was). */
    public static void announceOnlineBy(String unitCode, String code, String lookupSecret, String ownerSubject,
            String eventId) {
        String payload = onlinePayload(unitCode, code, false, lookupSecret).replaceFirst("}$",
                ",\"ownerHash\":\"" + LookupSecretHash.owner(LOOKUP_KEY, ownerSubject) + "\"}");
        announce(EventType.DOSSIER_SUBMITTED_ONLINE, code, payload, eventId);
    }

    /** The citizen's supplement of an online dossier the desk sent back: it waits for the desk again; the event id. */
    public static String resubmittedOnline(String unitCode, String code, String lookupSecret) {
        return announce(EventType.DOSSIER_SUBMITTED_ONLINE, code, onlinePayload(unitCode, code, true, lookupSecret));
    }

    /** The desk accepts an online dossier: DossierReceived under the code given at submission. */
    public static void acceptedOnline(String unitCode, String code, String lookupSecret) {
        announce(EventType.DOSSIER_RECEIVED, code, """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193","procedureVersion":1,
                 "fieldCode":"ho-tich","level":"COMMUNE","channel":"ONLINE","receivedAt":"%s","dueAt":"%s",
                 "lookupSecretHash":"%s"}""".formatted(UUID.nameUUIDFromBytes(code.getBytes()), code, unitCode,
                Instant.now(), Instant.now().plusSeconds(86400), LookupSecretHash.of(LOOKUP_KEY, code, lookupSecret)));
    }

    /** The desk asks for a supplement of an online dossier (form 02). */
    public static void sentBackOnline(String unitCode, String code) {
        announce(EventType.DOSSIER_INCOMPLETE, code, """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193","procedureVersion":1,
                 "fieldCode":"ho-tich","level":"COMMUNE","channel":"ONLINE","missingComponents":["Tờ khai"],
                 "requestedAt":"%s"}""".formatted(UUID.nameUUIDFromBytes(code.getBytes()), code, unitCode, Instant.now()));
    }

    private static String onlinePayload(String unitCode, String code, boolean supplement, String lookupSecret) {
        return """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","procedureCode":"1.001193","procedureVersion":1,
                 "fieldCode":"ho-tich","level":"COMMUNE","submittedAt":"%s","supplement":%s,"lookupSecretHash":"%s"}"""
                .formatted(UUID.nameUUIDFromBytes(code.getBytes()), code, unitCode, Instant.now(), supplement,
                        LookupSecretHash.of(LOOKUP_KEY, code, lookupSecret));
    }

    /** A CloudEvent on motcua.dossier keyed by the dossier code, as intake's outbox sends it. */
    private static String announce(EventType type, String code, String payload) {
        return announce(type, code, payload, UUID.randomUUID().toString());
    }

    private static String announce(EventType type, String code, String payload, String eventId) {
        KafkaTestClient.send(Topics.DOSSIER, code, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/motcua/intake-service",
                CloudEventHeaders.TYPE, type.type(),
                CloudEventHeaders.SUBJECT, code,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        return eventId;
    }

    private static void awaitKnown(String unitCode, String code) {
        String bearer = TestTokens.user("probe").roles("front-desk").unit(unitCode).bearer();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().header("Authorization", bearer).get("/api/v1/dossiers/{code}/files", code).statusCode() == 200);
        ANNOUNCED.add(code);
    }

    public static String received(String unitCode) {
        return received(unitCode, "ho-tich", null);
    }
}
