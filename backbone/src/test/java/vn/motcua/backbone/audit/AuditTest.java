package vn.motcua.backbone.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.Databases;
import vn.motcua.testsupport.TestTokens;

/** The audit entry is part of the change: it commits with it, names the caller, and vanishes with a rollback. */
@QuarkusTest
class AuditTest {

    @Inject
    Audit audit;

    @Test
    void aChangeIsAuditedWithTheCallersIdUnitAndReason() throws Exception {
        String id = given().header("Authorization", TestTokens.user("thu.le").roles("front-desk").unit("31639").bearer())
                .contentType(ContentType.JSON)
                .body("{\"unitCode\":\"31639\",\"code\":\"A-220715-0001\",\"reason\":\"Công dân yêu cầu\"}")
                .post("/test/dossiers").then().statusCode(200).extract().path("id");

        assertThat(entriesAbout(id)).containsExactly(List.of("sample.received",
                UUID.nameUUIDFromBytes("motcua-user:thu.le".getBytes(StandardCharsets.UTF_8)).toString(), "31639",
                "Công dân yêu cầu"));
    }

    @Test
    void aChangeThatFailsAfterWritingLeavesNoAuditEntry() throws Exception {
        int before = count();
        given().header("Authorization", TestTokens.user("thu.le").roles("front-desk").unit("31639").bearer())
                .contentType(ContentType.JSON)
                .body("{\"unitCode\":\"31639\",\"code\":\"A-220715-0002\",\"failAfterWrite\":true,\"reason\":\"x\"}")
                .post("/test/dossiers").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"\",\"code\":\"bad\"}")
                .post("/test/dossiers").then().statusCode(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anAuditEntryCannotBeWrittenOutsideTheChangesTransaction() {
        TransactionalException refused = org.junit.jupiter.api.Assertions.assertThrows(TransactionalException.class,
                () -> audit.record("sample.orphan", "nothing", null));
        assertThat(refused).hasCauseInstanceOf(TransactionRequiredException.class);
    }

    private static int count() throws Exception {
        try (Connection connection = Databases.connectToCurrent();
                ResultSet rs = connection.createStatement().executeQuery("select count(*) from audit_entry")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<List<String>> entriesAbout(String subject) throws Exception {
        List<List<String>> entries = new ArrayList<>();
        try (Connection connection = Databases.connectToCurrent();
                PreparedStatement query = connection.prepareStatement(
                        "select action, user_id, unit_code, reason from audit_entry where subject = ? order by id")) {
            query.setString(1, subject);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return entries;
    }
}
