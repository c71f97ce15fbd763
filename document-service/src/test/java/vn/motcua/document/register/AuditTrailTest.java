package vn.motcua.document.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Drafts;
import vn.motcua.document.testing.Officers;
import vn.motcua.testsupport.Databases;

/** Every change to the register names who made it, from which unit, and when; a refused one leaves nothing. */
@QuarkusTest
class AuditTrailTest {

    private static final String UNIT = Officers.COMMUNE;

    @Test
    void draftingAndNumberingAreAuditedWithTheOfficialAndTheirUnit() throws Exception {
        String id = Drafts.paperDecision(UNIT, "Quyết định công nhận tổ hòa giải (nhật ký)");
        given().header("Authorization", Officers.clerk(UNIT)).post("/api/v1/outgoing-documents/{id}/registration", id)
                .then().statusCode(200);

        assertThat(entriesAbout(id)).containsExactly(
                "outgoing.drafted by " + subjectOf("minh.specialist-" + UNIT) + " of " + UNIT,
                "outgoing.registered by " + subjectOf("hoa.clerk-" + UNIT) + " of " + UNIT);
    }

    @Test
    void refusedActionsLeaveNoAuditEntry() throws Exception {
        String id = Drafts.paperDecision(UNIT, "Quyết định thành lập tổ công tác (từ chối)");

        given().header("Authorization", Officers.clerk(Officers.OTHER_COMMUNE))
                .post("/api/v1/outgoing-documents/{id}/registration", id).then().statusCode(404);
        given().header("Authorization", Officers.specialist(UNIT))
                .post("/api/v1/outgoing-documents/{id}/registration", id).then().statusCode(403);
        given().header("Authorization", Officers.clerk(UNIT))
                .post("/api/v1/outgoing-documents/{id}/issue", id).then().statusCode(409);

        assertThat(entriesAbout(id)).containsExactly(
                "outgoing.drafted by " + subjectOf("minh.specialist-" + UNIT) + " of " + UNIT);
    }

    private static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("motcua-user:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static List<String> entriesAbout(String subject) throws Exception {
        List<String> entries = new ArrayList<>();
        try (Connection connection = Databases.connectToCurrent();
                PreparedStatement query = connection.prepareStatement(
                        "select action, user_id, unit_code, at from audit_entry where subject = ? order by id")) {
            query.setString(1, subject);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getTimestamp("at")).isNotNull();
                    entries.add(rs.getString("action") + " by " + rs.getString("user_id") + " of " + rs.getString("unit_code"));
                }
            }
        }
        return entries;
    }
}
