package vn.motcua.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.testsupport.KafkaTestClient;

/**
 * Publishes units on {@code motcua.reference} the way intake-service does: one record per unit carrying all its
 * versions and successors, checked against the event's schema.
 */
public final class UnitEvents {

    public static final LocalDate REFORM = LocalDate.parse("2025-07-01");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Unit codes handed out in this JVM: five digits, as the schema wants, never twice on the shared broker. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CODE =
            new java.util.concurrent.atomic.AtomicInteger(10_000 + java.util.concurrent.ThreadLocalRandom.current()
                    .nextInt(50_000));

    private final String code;
    private final List<UnitChanged.Version> versions = new ArrayList<>();
    private final List<UnitChanged.Successor> successors = new ArrayList<>();

    private UnitEvents(String code) {
        this.code = code;
    }

    /** A five-digit code no other test of this JVM uses. */
    public static String freshCode() {
        return String.valueOf(NEXT_CODE.getAndIncrement());
    }

    public static UnitEvents unit(String code) {
        return new UnitEvents(code);
    }

    /** A version in force from {@code from} (null: since ever) until the day before {@code to} (null: today). */
    public UnitEvents version(String name, String level, String parent, LocalDate from, LocalDate to) {
        versions.add(new UnitChanged.Version(versions.size() + 1, name, level, parent, null, false, from, to));
        return this;
    }

    /** Until the 2025 reform. */
    public UnitEvents untilReform(String name, String level, String parent) {
        return version(name, level, parent, null, REFORM);
    }

    /** From the 2025 reform on. */
    public UnitEvents sinceReform(String name, String level, String parent) {
        return version(name, level, parent, REFORM, null);
    }

    public UnitEvents succeededBy(String... codes) {
        for (String successor : codes) {
            successors.add(new UnitChanged.Successor(successor, REFORM));
        }
        return this;
    }

    public void publish() {
        String type = EventType.UNIT_CHANGED.type();
        try {
            String payload = JSON.writeValueAsString(new UnitChanged(code, versions, successors, Instant.now()));
            EventSchemas.assertValid(type, payload);
            KafkaTestClient.send(Topics.REFERENCE, code, payload, Map.of(
                    CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                    CloudEventHeaders.ID, UUID.randomUUID().toString(),
                    CloudEventHeaders.SOURCE, "/motcua/test",
                    CloudEventHeaders.TYPE, type,
                    CloudEventHeaders.SUBJECT, code,
                    CloudEventHeaders.TIME, Instant.now().toString(),
                    CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
