package vn.motcua.intake.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.contracts.dossier.DeadlineExtended;
import vn.motcua.contracts.dossier.DossierResolved;
import vn.motcua.contracts.dossier.Outcome;
import vn.motcua.contracts.dossier.ResultReturned;
import vn.motcua.contracts.dossier.SupplementRequested;
import vn.motcua.contracts.dossier.Timeliness;
import vn.motcua.intake.Events;
import vn.motcua.intake.Fixtures;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.RealInfrastructure;

/**
 * The applicant's notifications end to end, through real servers: intake's own events and workflow's (published to
 * {@code motcua.dossier} as workflow would) arrive at GreenMail's SMTP server and at a fake SMS gateway, once each,
 * through provider outages and redelivered events, and only on the channels the applicant consented to.
 */
@QuarkusTest
@QuarkusTestResource(value = NotificationServers.class, restrictToAnnotatedClass = false)
class NotificationDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    // --- what the applicant gets ---

    @Test
    void anAcceptedDossierIsAnnouncedByEmailAndSmsInVietnameseWithItsCodeAppointmentAndLookupLink() {
        Received dossier = receive(consent(true, true));

        MimeMessage mail = awaitMail(dossier.code(), "đã được tiếp nhận");
        assertThat(recipients(mail)).containsExactly("tuyet.nguyen@example.vn");
        assertThat(header(mail, "Message-ID")).matches("<[0-9a-f-]{36}@motcua\\.invalid>");
        assertThat(text(mail)).contains("Mã hồ sơ: " + dossier.code(), "Ngày hẹn trả kết quả: ",
                "https://motcua.example/tra-cuu?ma=" + dossier.code());
        JsonPath sms = awaitSms(dossier.code(), "đã được tiếp nhận");
        assertThat(sms.getString("to")).isEqualTo("0912345678");
        assertThat(sms.getString("text")).startsWith("Hồ sơ " + dossier.code() + " đã được tiếp nhận. Hẹn trả kết quả: ");
        assertThat(smsRequests(dossier.code())).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo("Bearer test-sms-token");
            assertThat(r.idempotencyKey()).isEqualTo(sms.getString("reference"));
        });

        // the delivery log: both delivered, contacts masked; the Message-ID and the SMS key are the row's id
        JsonPath log = awaitLog(dossier.id(), 2, "DELIVERED");
        assertThat(log.getList("channel", String.class)).containsExactlyInAnyOrder("EMAIL", "SMS");
        assertThat(log.getList("contact", String.class)).containsExactlyInAnyOrder("t***@example.vn", "09*****678");
        assertThat(log.getList("kind", String.class)).containsOnly("ACCEPTED");
        assertThat(log.getList("attempts", Integer.class)).containsOnly(1);
        assertThat(log.getList("id", String.class)).contains(sms.getString("reference"),
                header(mail, "Message-ID").replaceAll("[<>]|@.*", ""));
        assertThat(log.prettify()).doesNotContain("tuyet.nguyen", "0912345678");
    }

    @Test
    void eachOfWorkflowsEventsReachesTheApplicantOnBothChannels() throws Exception {
        Received dossier = receive(consent(true, true));
        awaitMail(dossier.code(), "đã được tiếp nhận");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant due = Instant.parse("2027-01-12T10:00:00Z");

        publish(EventType.SUPPLEMENT_REQUESTED, dossier.id(), new SupplementRequested(dossier.id(), dossier.code(),
                LONG_PHU_COMMUNE, Fixtures.BIRTH_REGISTRATION, "G09-TP07", Channel.IN_PERSON, due, now,
                "specialist-1", "Bản sao không rõ", "Giấy chứng sinh (bản chính)", 1, 5));
        assertThat(text(awaitMail(dossier.code(), "đề nghị bổ sung"))).contains(
                "Nội dung cần bổ sung: Giấy chứng sinh (bản chính)", "Lý do: Bản sao không rõ");
        assertThat(awaitSms(dossier.code(), "cần bổ sung").getString("text")).contains("Giấy chứng sinh (bản chính)");

        publish(EventType.DEADLINE_EXTENDED, dossier.id(), new DeadlineExtended(dossier.id(), dossier.code(),
                LONG_PHU_COMMUNE, Fixtures.BIRTH_REGISTRATION, "G09-TP07", Channel.IN_PERSON,
                Instant.parse("2027-01-15T10:00:00Z"), now, "leader-1", "Chờ xác minh", due, 4));
        assertThat(text(awaitMail(dossier.code(), "thư xin lỗi"))).contains("thành thật xin lỗi",
                "(17:00 ngày 12/01/2027)", "Ngày hẹn trả kết quả mới: 17:00 ngày 15/01/2027", "Lý do: Chờ xác minh");
        assertThat(awaitSms(dossier.code(), "Xin lỗi").getString("text")).contains("17:00 ngày 15/01/2027");

        publish(EventType.DOSSIER_RESOLVED, dossier.id(), new DossierResolved(dossier.id(), dossier.code(),
                LONG_PHU_COMMUNE, Fixtures.BIRTH_REGISTRATION, "G09-TP07", Channel.IN_PERSON, Outcome.APPROVED, now,
                due, now, Timeliness.EARLY, 9));
        assertThat(text(awaitMail(dossier.code(), "đã có kết quả"))).contains("đã được giải quyết",
                "Mời ông/bà đến nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả, Xã Long Phú");
        assertThat(awaitSms(dossier.code(), "đã có kết quả").getString("text"))
                .contains("Mời nhận tại: Bộ phận tiếp nhận và trả kết quả, Xã Long Phú");

        publish(EventType.RESULT_RETURNED, dossier.id(), new ResultReturned(dossier.id(), dossier.code(),
                LONG_PHU_COMMUNE, Fixtures.BIRTH_REGISTRATION, "G09-TP07", Channel.IN_PERSON, due, now, "desk-1",
                null, 10));
        assertThat(text(awaitMail(dossier.code(), "mời đánh giá"))).contains("đã được trả cho ông/bà",
                "https://motcua.example/tra-cuu?ma=" + dossier.code());
        awaitSms(dossier.code(), "Mời đánh giá");

        JsonPath log = awaitLog(dossier.id(), 10, "DELIVERED");
        assertThat(log.getList("kind", String.class)).containsExactly("ACCEPTED", "ACCEPTED", "SUPPLEMENT_REQUESTED",
                "SUPPLEMENT_REQUESTED", "DEADLINE_EXTENDED", "DEADLINE_EXTENDED", "RESULT_READY", "RESULT_READY",
                "RESULT_RETURNED", "RESULT_RETURNED");
    }

    @Test
    void aRefusalAtTheDeskIsSentWithItsReasonOnTheOneChannelConsentedTo() {
        Map<String, Object> body = Fixtures.birthRegistration();
        body.put("refusal", Map.of("reason", "Thủ tục không thuộc thẩm quyền của xã"));
        body.put("notifications", consent(true, false));
        String id = given().header("Authorization", Fixtures.frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(body).post("/api/v1/dossiers").then().statusCode(201).extract().path("dossier.id");

        JsonPath log = awaitLog(id, 1, "DELIVERED");
        assertThat(log.getList("channel", String.class)).containsExactly("EMAIL");
        assertThat(log.getList("kind", String.class)).containsExactly("REFUSED");
        MimeMessage mail = NotificationServers.mails().stream()
                .filter(m -> text(m).contains("Thủ tục không thuộc thẩm quyền của xã")).findFirst().orElseThrow();
        assertThat(subject(mail)).isEqualTo("Từ chối tiếp nhận hồ sơ");
        assertThat(NotificationServers.sms()).noneMatch(r -> r.body().contains("không thuộc thẩm quyền"));
    }

    @Test
    void anOnlineSubmissionsConsentIsUsedWhenTheDeskAcceptsIt() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", LONG_PHU_COMMUNE);
        body.put("procedureCode", "1.004873");
        body.put("applicant", Fixtures.person());
        body.put("components", List.of(Fixtures.component(1, 1, 0)));
        body.put("notifications", consent(false, true));
        var submitted = given().contentType(ContentType.JSON).body(body).post("/api/v1/online/dossiers").then()
                .statusCode(201).extract();
        String id = submitted.path("id");
        String code = submitted.path("code");
        given().header("Authorization", Fixtures.frontDesk(LONG_PHU_COMMUNE)).post("/api/v1/dossiers/" + id + "/accept")
                .then().statusCode(200);

        assertThat(awaitSms(code, "đã được tiếp nhận").getString("to")).isEqualTo("0912345678");
        assertThat(awaitLog(id, 1, "DELIVERED").getList("channel", String.class)).containsExactly("SMS");
    }

    @Test
    void anOnlineSubmissionFoundIncompleteTellsTheCitizenWhatToSendUnderTheSameCode() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", LONG_PHU_COMMUNE);
        body.put("procedureCode", "1.004873");
        body.put("applicant", Fixtures.person());
        body.put("components", List.of(Fixtures.component(1, 1, 0)));
        body.put("notifications", consent(true, false));
        var submitted = given().contentType(ContentType.JSON).body(body).post("/api/v1/online/dossiers").then()
                .statusCode(201).extract();
        String id = submitted.path("id");
        String code = submitted.path("code");
        given().header("Authorization", Fixtures.frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Map.of("missingComponents", List.of(1), "note", "Tờ khai thiếu chữ ký"))
                .post("/api/v1/dossiers/" + id + "/request-supplement").then().statusCode(200);

        assertThat(text(awaitMail(code, "đề nghị bổ sung"))).contains("Nội dung cần bổ sung: Tờ khai",
                "https://motcua.example/tra-cuu?ma=" + code);
        assertThat(awaitLog(id, 1, "DELIVERED").getList("kind", String.class)).containsExactly("INCOMPLETE_ONLINE");
    }

    @Test
    void withoutConsentNothingIsQueuedNorSent() throws Exception {
        Received dossier = receive(null);
        String eventId = outboxEventId(dossier.id());

        // the consumer has applied the dossier's event: had there been a consent, its rows would be there
        Awaitility.await().atMost(WAIT).until(() -> Events.count("select count(*) from processed_event where consumer = "
                + "'intake-service.notifications' and event_id = '" + eventId + "'") == 1);
        assertThat(Events.count("select count(*) from notification where dossier_id = '" + dossier.id() + "'"))
                .isZero();
        assertThat(log(dossier.id()).getList("$")).isEmpty();
        assertThat(NotificationServers.mails()).noneMatch(m -> subject(m).contains(dossier.code()));
        assertThat(NotificationServers.sms()).noneMatch(r -> r.body().contains(dossier.code()));
    }

    // --- at least once, never twice ---

    @Test
    void aRedeliveredEventIsSentOnceEvenWhenTheConsumerHasForgottenIt() throws Exception {
        Received dossier = receive(consent(true, true));
        awaitMail(dossier.code(), "đã được tiếp nhận");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String eventId = UUID.randomUUID().toString();
        SupplementRequested supplement = new SupplementRequested(dossier.id(), dossier.code(), LONG_PHU_COMMUNE,
                Fixtures.BIRTH_REGISTRATION, "G09-TP07", Channel.IN_PERSON, now.plus(Duration.ofDays(3)), now,
                "specialist-1", null, "Tờ khai đăng ký khai sinh", 1, 5);
        publish(EventType.SUPPLEMENT_REQUESTED, dossier.id(), supplement, eventId);
        awaitMail(dossier.code(), "đề nghị bổ sung");
        awaitSms(dossier.code(), "cần bổ sung");

        // the same event again: once after the consumer's own record of it was lost, once more as a plain redelivery
        try (Connection connection = RealInfrastructure.database().connect();
                PreparedStatement forget = connection.prepareStatement(
                        "delete from processed_event where consumer = 'intake-service.notifications' and event_id = ?")) {
            forget.setString(1, eventId);
            assertThat(forget.executeUpdate()).isEqualTo(1);
        }
        publish(EventType.SUPPLEMENT_REQUESTED, dossier.id(), supplement, eventId);
        publish(EventType.SUPPLEMENT_REQUESTED, dossier.id(), supplement, eventId);
        // a later event of the same dossier (same key, same partition) is applied after the redeliveries
        publish(EventType.RESULT_RETURNED, dossier.id(), new ResultReturned(dossier.id(), dossier.code(),
                LONG_PHU_COMMUNE, Fixtures.BIRTH_REGISTRATION, "G09-TP07", Channel.IN_PERSON, now, now, "desk-1", null,
                10));
        awaitMail(dossier.code(), "mời đánh giá");
        awaitSms(dossier.code(), "Mời đánh giá");

        assertThat(mails(dossier.code(), "đề nghị bổ sung")).hasSize(1);
        assertThat(smsRequests(dossier.code()).stream().filter(r -> r.body().contains("cần bổ sung"))).hasSize(1);
        assertThat(Events.count("select count(*) from notification where event_id = '" + eventId + "'")).isEqualTo(2);
    }

    @Test
    void anSmsGatewayOutageIsRetriedWithTheSameKeyAndDeliveredOnce() throws Exception {
        awaitNothingPending();
        NotificationServers.failNextSms(2);
        Received dossier = receive(consent(false, true));

        JsonPath log = awaitLog(dossier.id(), 1, "DELIVERED");
        assertThat(log.getInt("[0].attempts")).isEqualTo(3);
        assertThat(log.getString("[0].lastError")).isNull();
        List<NotificationServers.SmsRequest> requests = smsRequests(dossier.code());
        assertThat(requests).extracting(NotificationServers.SmsRequest::answered).containsExactly(503, 503, 202);
        assertThat(requests).extracting(NotificationServers.SmsRequest::idempotencyKey).containsOnly(
                log.getString("[0].id"));
    }

    @Test
    void anSmtpOutageIsRetriedAndTheMailDeliveredOnceWhenTheServerIsBack() throws Exception {
        awaitNothingPending();
        NotificationServers.stopSmtp();
        Received dossier;
        try {
            // the desk is not held up by the mail server being away
            dossier = receive(consent(true, false));
            Awaitility.await().atMost(WAIT).untilAsserted(() -> {
                JsonPath log = log(dossier.id());
                assertThat(log.getList("status", String.class)).containsExactly("PENDING");
                assertThat(log.getInt("[0].attempts")).isGreaterThanOrEqualTo(1);
                assertThat(log.getString("[0].lastError")).isNotBlank();
                assertThat(log.getString("[0].nextAttemptAt")).isNotNull();
            });
        } finally {
            NotificationServers.startSmtp();
        }
        try {
            awaitMail(dossier.code(), "đã được tiếp nhận");
        } catch (ConditionTimeoutException timeout) {
            // say what the sender did meanwhile: attempts, last error, next attempt (a CI run once ended here mute)
            throw new AssertionError("no mail after the SMTP server came back; delivery log: "
                    + log(dossier.id()).prettify() + "; mails received: " + NotificationServers.mails().size(), timeout);
        }
        JsonPath log = awaitLog(dossier.id(), 1, "DELIVERED");
        assertThat(log.getInt("[0].attempts")).isGreaterThanOrEqualTo(2);
        assertThat(mails(dossier.code(), "đã được tiếp nhận")).hasSize(1);
    }

    // --- templates, consent checks ---

    @Test
    void aProvinceEditsATemplateInTheConfiguredDirectoryWithoutARebuild() throws Exception {
        Path edited = NotificationServers.templates().resolve("tiep-nhan.sms.txt");
        Files.writeString(edited, "UBND xã Long Phú: đã nhận hồ sơ {code}, hẹn trả {appointment}.");
        try {
            Received dossier = receive(consent(false, true));
            assertThat(awaitSms(dossier.code(), "UBND xã Long Phú").getString("text"))
                    .startsWith("UBND xã Long Phú: đã nhận hồ sơ " + dossier.code() + ", hẹn trả ");
        } finally {
            Files.delete(edited);
        }
    }

    @Test
    void consentToAChannelWithoutItsContactIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long dossiers = Events.count("select count(*) from dossier");
        Map<String, Object> noEmail = Fixtures.birthRegistration();
        Map<String, Object> applicant = new LinkedHashMap<>(Fixtures.person());
        applicant.remove("email");
        noEmail.put("applicant", applicant);
        noEmail.put("notifications", consent(true, false));
        given().header("Authorization", Fixtures.frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(noEmail).post("/api/v1/dossiers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("notifications.email"));

        Map<String, Object> online = new LinkedHashMap<>();
        Map<String, Object> noPhone = new LinkedHashMap<>(Fixtures.person());
        noPhone.remove("phone");
        online.put("unitCode", LONG_PHU_COMMUNE);
        online.put("procedureCode", "1.004873");
        online.put("applicant", noPhone);
        online.put("components", List.of(Fixtures.component(1, 1, 0)));
        online.put("notifications", consent(true, true));
        given().contentType(ContentType.JSON).body(online).post("/api/v1/online/dossiers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("notifications.sms"));

        assertThat(Events.count("select count(*) from dossier")).isEqualTo(dossiers);
        assertThat(Events.count("select count(*) from notification_consent c where not exists "
                + "(select 1 from dossier d where d.id = c.dossier_id)")).isZero();
    }

    // --- helpers ---

    record Received(String id, String code) {
    }

    static Map<String, Object> consent(boolean email, boolean sms) {
        return Map.of("email", email, "sms", sms);
    }

    static Received receive(Map<String, Object> consent) {
        Map<String, Object> body = Fixtures.birthRegistration();
        if (consent != null) {
            body.put("notifications", consent);
        }
        var response = given().header("Authorization", Fixtures.frontDesk(LONG_PHU_COMMUNE))
                .contentType(ContentType.JSON).body(body).post("/api/v1/dossiers").then().statusCode(201).extract();
        return new Received(response.path("dossier.id"), response.path("dossier.code"));
    }

    void publish(EventType type, String key, Record payload) throws Exception {
        publish(type, key, payload, UUID.randomUUID().toString());
    }

    /** As workflow publishes: CloudEvents headers, the payload record as JSON, keyed by the dossier id. */
    void publish(EventType type, String key, Record payload, String eventId) throws Exception {
        KafkaTestClient.send(Topics.DOSSIER, key, json.writeValueAsString(payload), Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/motcua/workflow-service",
                CloudEventHeaders.TYPE, type.type(),
                CloudEventHeaders.SUBJECT, key,
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }

    static String outboxEventId(String dossierId) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                PreparedStatement query = connection.prepareStatement(
                        "select event_id::text from outbox_event where message_key = ?")) {
            query.setString(1, dossierId);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("the dossier's event in the outbox").isTrue();
                return rows.getString(1);
            }
        }
    }

    static void awaitNothingPending() {
        Awaitility.await().atMost(WAIT).until(() -> Events.count(
                "select count(*) from notification where status = 'PENDING'") == 0);
    }

    static JsonPath log(String dossierId) {
        return given().header("Authorization", Fixtures.frontDesk(LONG_PHU_COMMUNE))
                .get("/api/v1/dossiers/" + dossierId + "/notifications").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitLog(String dossierId, int entries, String status) {
        Awaitility.await().atMost(WAIT).until(() -> {
            List<String> statuses = log(dossierId).getList("status", String.class);
            return statuses.size() == entries && statuses.stream().allMatch(status::equals);
        });
        return log(dossierId);
    }

    static List<MimeMessage> mails(String code, String subjectPart) {
        return NotificationServers.mails().stream()
                .filter(m -> subject(m).contains(code) && subject(m).contains(subjectPart)).toList();
    }

    static MimeMessage awaitMail(String code, String subjectPart) {
        Awaitility.await().atMost(WAIT).until(() -> !mails(code, subjectPart).isEmpty());
        return mails(code, subjectPart).get(0);
    }

    static List<NotificationServers.SmsRequest> smsRequests(String code) {
        return NotificationServers.sms().stream().filter(r -> r.body().contains(code)).toList();
    }

    static JsonPath awaitSms(String code, String textPart) {
        Awaitility.await().atMost(WAIT).until(() -> smsRequests(code).stream()
                .anyMatch(r -> r.answered() == 202 && r.body().contains(textPart)));
        return JsonPath.from(smsRequests(code).stream().filter(r -> r.answered() == 202 && r.body().contains(textPart))
                .findFirst().orElseThrow().body());
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> recipients(MimeMessage mail) {
        try {
            return java.util.Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(String::valueOf).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
