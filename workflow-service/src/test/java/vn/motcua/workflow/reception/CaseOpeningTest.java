package vn.motcua.workflow.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

@QuarkusTest
class CaseOpeningTest {

    @Test
    void dossierReceivedOpensACaseAcceptedWithTheAppointedDueDate() throws Exception {
        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Announced dossier = TestDossiers.received("31639", due);

        assertEquals(1, TestDossiers.count("""
                select count(*) from dossier_case where id = ? and code = ? and unit_code = '31639'
                and status = 2 and due_at = ? and original_due_at = ?""",
                dossier.id(), dossier.code(), java.sql.Timestamp.from(due), java.sql.Timestamp.from(due)));
        assertEquals(1, TestDossiers.count(
                "select count(*) from dossier_timeline where dossier_id = ? and action = 'RECEIVE'", dossier.id()));
        // no definition was added for the test procedure: the default's first version, at its first step
        assertEquals(1, TestDossiers.count("""
                select count(*) from dossier_case where id = ? and definition_code = '*' and definition_version = 1
                and step_number = 1 and applicant_initials = 'N.V.A.'""", dossier.id()));
        assertEquals(1, TestDossiers.count("""
                select count(*) from dossier_step where dossier_id = ? and step_name = 'receive' and ended_at is null
                and holder_kind = 'ROLE'""", dossier.id()));
    }

    @Test
    void redeliveredDossierReceivedOpensNoSecondCase() throws Exception {
        Announced dossier = TestDossiers.newDossier("31639", Instant.now().plus(3, ChronoUnit.DAYS));
        String eventId = UUID.randomUUID().toString();
        String retriedEventId = UUID.randomUUID().toString();
        TestDossiers.send(dossier, eventId);
        TestDossiers.send(dossier, eventId);          // redelivery of the same event
        TestDossiers.send(dossier, retriedEventId);   // the producer announcing it again under a new id
        // same key, same partition: once the last is processed, the two before it were handled too
        TestDossiers.awaitProcessed(retriedEventId);

        assertEquals(1, TestDossiers.count("select count(*) from dossier_case where code = ?", dossier.code()));
        assertEquals(1, TestDossiers.count("select count(*) from dossier_timeline where dossier_id = ?", dossier.id()));
        assertEquals(1, TestDossiers.count("select count(*) from dossier_step where dossier_id = ?", dossier.id()));
        assertEquals(2, TestDossiers.count(
                "select count(*) from processed_event where consumer = 'workflow-service.cases' and event_id in (?, ?)",
                eventId, retriedEventId));
    }
}
