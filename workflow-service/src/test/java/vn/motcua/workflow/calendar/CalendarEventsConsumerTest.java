package vn.motcua.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.inbox.ConsumerStalls;
import vn.motcua.backbone.inbox.DeadLetters;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.reference.CalendarPublished;
import vn.motcua.testsupport.Databases;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.workflow.testing.TestDossiers;

/** The calendar copy follows the failure rule of every consumer: a database fault stalls, only poison is parked. */
@QuarkusTest
class CalendarEventsConsumerTest {

    private static final String DLQ = Topics.REFERENCE + ".dlq.workflow-service";

    @Inject
    ConsumerStalls stalls;

    @Test
    void aCalendarThatCannotBeStoredForNowIsRetriedUntilItIsStoredAndNeverDeadLettered() throws Exception {
        String unit = unitCode();
        KafkaTestClient.createTopic(DLQ, 1, false);
        KafkaTestClient.Position deadBefore = KafkaTestClient.position(DLQ);
        execute("alter table published_calendar rename to published_calendar_away");
        String eventId;
        try {
            eventId = publish(unit, calendarOf(unit));
            await().atMost(Duration.ofSeconds(30)).until(() -> stalls.isStalled(CalendarEventsConsumer.CONSUMER));
        } finally {
            execute("alter table published_calendar_away rename to published_calendar");
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> TestDossiers.count(
                "select count(*) from published_calendar where id = ?", unit) == 1);
        assertThat(TestDossiers.count("select count(*) from processed_event where consumer = ? and event_id = ?",
                CalendarEventsConsumer.CONSUMER, eventId)).isEqualTo(1);
        assertThat(stalls.isStalled(CalendarEventsConsumer.CONSUMER)).isFalse();
        assertThat(KafkaTestClient.consumeThenQuiet(deadBefore, Duration.ofSeconds(2), 1, Duration.ofSeconds(1)))
                .as("a valid calendar is never dead-lettered because the database failed").isEmpty();
    }

    @Test
    void aCalendarWhoseBodyCanNeverBeReadIsDeadLetteredWithItsReasonAndTheNextOneIsStored() throws Exception {
        String poisoned = unitCode();
        String next = unitCode();
        KafkaTestClient.createTopic(DLQ, 1, false);
        KafkaTestClient.Position deadBefore = KafkaTestClient.position(DLQ);

        publish(poisoned, "{\"calendarId\": [not json");
        publish(next, calendarOf(next));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> TestDossiers.count(
                "select count(*) from published_calendar where id = ?", next) == 1);
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.consumeThenQuiet(deadBefore, Duration.ofSeconds(20),
                1, Duration.ofSeconds(1));
        assertThat(dead).extracting(ConsumerRecord::key).containsExactly(CalendarPublished.key(poisoned));
        assertThat(KafkaTestClient.headers(dead.get(0)).get(DeadLetters.REASON)).contains("not a valid CalendarPublished");
    }

    private static String unitCode() {
        return "9" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private static String calendarOf(String unit) {
        return """
                {"calendarId":"%s","weekdays":null,"sessions":null,"publishedAt":"%s","years":[{"year":2027,"days":[
                 {"date":"2027-01-01","kind":"DAY_OFF","name":"Tết Dương lịch","source":""}]}]}"""
                .formatted(unit, Instant.now());
    }

    private static String publish(String unit, String payload) {
        String eventId = UUID.randomUUID().toString();
        String key = CalendarPublished.key(unit);
        KafkaTestClient.send(Topics.REFERENCE, key, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/motcua/intake-service",
                CloudEventHeaders.TYPE, EventType.CALENDAR_PUBLISHED.type(),
                CloudEventHeaders.SUBJECT, key,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        return eventId;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = Databases.connectToCurrent(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
