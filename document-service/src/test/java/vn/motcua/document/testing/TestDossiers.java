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
        KafkaTestClient.send(Topics.DOSSIER, id, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.SOURCE, "/motcua/intake-service",
                CloudEventHeaders.TYPE, EventType.DOSSIER_RECEIVED.type(),
                CloudEventHeaders.SUBJECT, code,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        String bearer = TestTokens.user("probe").roles("front-desk").unit(unitCode).bearer();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().header("Authorization", bearer).get("/api/v1/dossiers/{code}/files", code).statusCode() == 200);
        ANNOUNCED.add(code);
        return code;
    }

    public static String received(String unitCode) {
        return received(unitCode, "ho-tich", null);
    }
}
