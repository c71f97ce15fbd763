package vn.motcua.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LegacyLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "\"legacyId\":\"HT-1\",\"unitCode\":\"31639\",\"procedureCode\":\"1.001193\","
            + "\"channel\":\"IN_PERSON\",\"receivedAt\":\"2022-07-04T08:15:00+07:00\"";

    @Test
    void aDossierInProgressGoesToIntakeAsItIs() throws Exception {
        LegacyLine line = LegacyLine.parse("{" + BASE + "}", JSON);
        assertThat(line.legacyId()).isEqualTo("HT-1");
        assertThat(line.intake().path("unitCode").asText()).isEqualTo("31639");
        assertThat(line.intake().has("outcome")).isFalse();
    }

    @Test
    void aResolvedDossierCarriesItsHistoryToIntake() throws Exception {
        LegacyLine line = LegacyLine.parse("{" + BASE + ",\"outcome\":\"APPROVED\",\"resolvedAt\":\"2022-07-05T10:00:00+07:00\","
                + "\"returnedAt\":\"2022-07-06T10:00:00+07:00\"}", JSON);
        assertThat(line.intake().path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(line.intake().path("resolvedAt").asText()).isEqualTo("2022-07-05T10:00:00+07:00");
        assertThat(line.intake().path("returnedAt").asText()).isEqualTo("2022-07-06T10:00:00+07:00");
    }

    @Test
    void aRefusalWithItsInstantIsAcceptedAndTheInstantGoesToIntake() throws Exception {
        LegacyLine line = LegacyLine.parse("{" + BASE + ",\"outcome\":\"REFUSED\",\"resolvedAt\":\"2022-07-04T09:00:00+07:00\"}",
                JSON);
        assertThat(line.intake().path("resolvedAt").asText()).isEqualTo("2022-07-04T09:00:00+07:00");
        assertThat(line.intake().path("outcome").asText()).isEqualTo("REFUSED");
    }

    @Test
    void eachRejectionNamesWhatIsActuallyWrong() {
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE + ",\"resolvedAt\":\"2022-07-05T10:00:00+07:00\"}", JSON))
                .hasMessageStartingWith("outcome is missing: resolvedAt is given").hasMessageContaining("REFUSED");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE.replace("\"31639\"", "31639") + "}", JSON))
                .hasMessage("unitCode must be a string, not 31639");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE.replace("\"HT-1\"", "\" \"") + "}", JSON))
                .hasMessage("legacyId is blank");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE + ",\"outcome\":\"STOPPED\",\"resolvedAt\":"
                + "\"2022-07-05T10:00:00+07:00\",\"returnedAt\":\"2022-07-06T10:00:00+07:00\"}", JSON))
                .hasMessageContaining("only an APPROVED or REJECTED dossier has a result to return (outcome STOPPED)");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE + ",\"outcome\":\"REFUSED\",\"returnedAt\":"
                + "\"2022-07-06T10:00:00+07:00\"}", JSON))
                .hasMessageContaining("(outcome REFUSED)");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE + ",\"outcome\":\"WITHDRAWN\"}", JSON))
                .hasMessage("resolvedAt is missing: outcome WITHDRAWN needs the instant it was decided");
        assertThatThrownBy(() -> LegacyLine.parse("42", JSON)).hasMessage("not a JSON object: the line is number");
    }

    @Test
    void badLinesAreRejectedWithTheirReason() {
        assertThatThrownBy(() -> LegacyLine.parse("{\"legacyId\": \"x\", trunc", JSON)).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> LegacyLine.parse("[1,2]", JSON)).hasMessage("not a JSON object: the line is array");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE.replace("\"channel\":\"IN_PERSON\",", "") + "}", JSON))
                .hasMessageContaining("channel is missing");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE.replace("IN_PERSON", "FAX") + "}", JSON))
                .hasMessageContaining("channel must be one of");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE.replace("2022-07-04T08:15:00+07:00", "04/07/2022") + "}", JSON))
                .hasMessageContaining("receivedAt is not an ISO-8601 instant");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE + ",\"outcome\":\"APPROVED\"}", JSON))
                .hasMessageContaining("resolvedAt is missing");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE + ",\"outcome\":\"LOST\"}", JSON))
                .hasMessageContaining("outcome must be one of");
        assertThatThrownBy(() -> LegacyLine.parse("{" + BASE + ",\"applicantName\":\"An\"}", JSON))
                .hasMessageContaining("unknown field applicantName");
    }
}
