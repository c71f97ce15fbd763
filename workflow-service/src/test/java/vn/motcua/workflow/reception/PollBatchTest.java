package vn.motcua.workflow.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.reference.CalendarPublished;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * The consumer applies a whole poll at once (one statement per kind of row, the calendar and definition read once
 * per poll): what it reads once per poll is read again by the next poll, and a poll delivered again, or its events
 * published again under new ids, doubles nothing.
 */
@QuarkusTest
class PollBatchTest {

    /** A unit no other test publishes a calendar for. */
    private static final String UNIT = "31698";
    /** Friday 8 January 2027 17:00; test dossiers are received five days earlier, on Sunday 3 January at 17:00. */
    private static final Instant FRIDAY_CLOSING = Instant.parse("2027-01-08T10:00:00Z");
    private static final Instant DUE_2022 = Instant.parse("2022-07-08T10:00:00Z");

    @Test
    void aCalendarPublishedBetweenTwoPollsCountsFromTheNextPoll() throws Exception {
        // 2027 not announced for anyone: statutory days only, Monday 4 January is worked, 5 x 8 h
        Announced before = TestDossiers.received(UNIT, FRIDAY_CLOSING);
        assertEquals(1, TestDossiers.count(
                "select count(*) from dossier_case where id = ? and total_working_minutes = 2400", before.id()));

        TestDossiers.publishCalendar(CalendarPublished.key(UNIT), """
                {"calendarId":"%s","weekdays":null,"sessions":null,"publishedAt":"%s","years":[{"year":2027,"days":[
                 {"date":"2027-01-01","kind":"DAY_OFF","name":"Tết Dương lịch","source":""},
                 {"date":"2027-01-04","kind":"DAY_OFF","name":"Nghỉ bù (thử nghiệm)","source":"QĐ 2/UBND"}]}]}"""
                .formatted(UNIT, Instant.now()));

        // the next poll reads the unit's calendar again: Monday is off, 4 x 8 h, receive step due Tuesday 08:36
        Announced after = TestDossiers.received(UNIT, FRIDAY_CLOSING);
        assertEquals(1, TestDossiers.count(
                "select count(*) from dossier_case where id = ? and total_working_minutes = 1920", after.id()));
        assertEquals(1, TestDossiers.count("""
                select count(*) from dossier_step where dossier_id = ? and step_number = 1
                and due_at = '2027-01-05T01:36:00Z'""", after.id()));
        assertEquals(1, TestDossiers.count("""
                select count(*) from dossier_timeline where dossier_id = ? and action = 'RECEIVE'
                and step_due_at = '2027-01-05T01:36:00Z' and due_at = ?""", after.id(),
                java.sql.Timestamp.from(FRIDAY_CLOSING)));
    }

    @Test
    void aPollOfReceiptsAndHistoriesDeliveredAgainOrRepublishedDoublesNothing() throws Exception {
        List<Announced> dossiers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Announced plain = TestDossiers.newDossier(UNIT, DUE_2022);
            dossiers.add(new Announced(plain.id(), plain.code(), UNIT, plain.secret(), DUE_2022,
                    plain.procedureCode(), null, "P-" + plain.id()));
        }
        KafkaTestClient.Position from = KafkaTestClient.position(Topics.DOSSIER);
        List<String> receiptIds = new ArrayList<>();
        List<String> historyIds = new ArrayList<>();
        // sent back to back: the receipts and histories of several dossiers arrive in one poll (or a few)
        for (Announced dossier : dossiers) {
            String receipt = UUID.randomUUID().toString();
            String history = UUID.randomUUID().toString();
            receiptIds.add(receipt);
            historyIds.add(history);
            TestDossiers.send(dossier, receipt);
            sendHistory(dossier, history, "2022-07-05T02:00:00Z", "2022-07-06T02:00:00Z");
        }
        historyIds.forEach(TestDossiers::awaitProcessed);
        // the same poll delivered again (same event ids), then everything published again under new ids
        for (int i = 0; i < dossiers.size(); i++) {
            TestDossiers.send(dossiers.get(i), receiptIds.get(i));
            sendHistory(dossiers.get(i), historyIds.get(i), "2022-07-05T02:00:00Z", "2022-07-06T02:00:00Z");
        }
        List<String> retried = new ArrayList<>();
        for (Announced dossier : dossiers) {
            String receipt = UUID.randomUUID().toString();
            String history = UUID.randomUUID().toString();
            retried.add(history);
            TestDossiers.send(dossier, receipt);
            sendHistory(dossier, history, "2022-07-05T02:00:00Z", "2022-07-06T02:00:00Z");
        }
        retried.forEach(TestDossiers::awaitProcessed);

        for (Announced dossier : dossiers) {
            assertEquals(1, TestDossiers.count("select count(*) from dossier_case where id = ? and status = 10",
                    dossier.id()));
            assertEquals(1, TestDossiers.count("select count(*) from dossier_step where dossier_id = ?", dossier.id()));
            assertEquals(1, TestDossiers.count("select count(*) from migration_outcome where dossier_id = ?",
                    dossier.id()));
            // receive, approve (early: resolved on the Tuesday before a Friday due date), return
            assertEquals(3, TestDossiers.count("select count(*) from dossier_timeline where dossier_id = ?",
                    dossier.id()));
            assertEquals(1, TestDossiers.count("""
                    select count(*) from dossier_timeline where dossier_id = ? and action = 'APPROVE'
                    and at = '2022-07-05T02:00:00Z' and from_status = 2 and to_status = 9""", dossier.id()));
        }
        // workflow published one DossierResolved and one ResultReturned per dossier, in that order, no more
        List<ConsumerRecord<String, String>> published = KafkaTestClient.consumeThenQuiet(from, Duration.ofSeconds(30),
                dossiers.size() * 8, Duration.ofMillis(1500));
        for (Announced dossier : dossiers) {
            List<String> types = published.stream().filter(r -> dossier.id().equals(r.key()))
                    .map(r -> KafkaTestClient.headers(r).get(CloudEventHeaders.TYPE))
                    .filter(type -> !EventType.DOSSIER_RECEIVED.type().equals(type)
                            && !EventType.DOSSIER_HISTORY_IMPORTED.type().equals(type))
                    .toList();
            assertEquals(List.of(EventType.DOSSIER_RESOLVED.type(), EventType.RESULT_RETURNED.type()), types);
        }
    }

    private static void sendHistory(Announced dossier, String eventId, String resolvedAt, String returnedAt) {
        String payload = """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","legacyId":"%s","outcome":"APPROVED",
                 "resolvedAt":"%s","returnedAt":"%s","importedBy":"service-account-motcua-import"}"""
                .formatted(dossier.id(), dossier.code(), dossier.unitCode(), dossier.legacyId(), resolvedAt,
                        returnedAt);
        TestDossiers.sendFromIntake(EventType.DOSSIER_HISTORY_IMPORTED, dossier.id(), dossier.code(), eventId, payload);
    }
}
