package vn.motcua.contracts.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;

/** Serialized document events, as the service writes them (nulls included), fit their schemas. */
class DocumentEventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant AT = Instant.parse("2022-07-15T03:00:00Z");

    private static Set<ValidationMessage> validate(EventType type, Object payload) throws Exception {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            return schema.validate(payload instanceof ObjectNode node ? node : JSON.valueToTree(payload));
        }
    }

    @Test
    void aResultDecisionRegisteredForADossierIsValid() throws Exception {
        var event = new DocumentRegistered("doc-1", "31639", 12, "12/QĐ-UBND", "ORDINARY", 2022,
                LocalDate.of(2022, 7, 15), "QD", DeliveryMode.FULLY_ELECTRONIC, "000.00.31.H41-220715-0001",
                "ho-tich", AT);
        assertTrue(validate(EventType.DOCUMENT_REGISTERED, event).isEmpty());
    }

    @Test
    void anOfficialLetterWithoutDossierIsValid() throws Exception {
        var registered = new DocumentRegistered("doc-2", "31639", 3, "03/UBND-VP", "ORDINARY", 2023,
                LocalDate.of(2023, 1, 3), "CV", DeliveryMode.PAPER_ONLY, null, null, AT);
        assertTrue(validate(EventType.DOCUMENT_REGISTERED, registered).isEmpty());
        var issued = new DocumentIssued("doc-2", "31639", "03/UBND-VP", 2023, "CV", DeliveryMode.PAPER_ONLY,
                null, null, AT);
        assertTrue(validate(EventType.DOCUMENT_ISSUED, issued).isEmpty());
    }

    @Test
    void signedIncomingAndDigitisedEventsAreValid() throws Exception {
        assertTrue(validate(EventType.DOCUMENT_SIGNED, new DocumentSigned("doc-1", "31639", SignerRole.ORGANISATION,
                "UBND xã Long Phú", "1a2b", "PAdES-BASELINE-B", "file-1", 3, SHA, AT)).isEmpty());
        assertTrue(validate(EventType.INCOMING_DOCUMENT_REGISTERED, new IncomingDocumentRegistered("in-1", "31639",
                1, 2022, "UBND huyện Long Phú", "45/UBND-VP", LocalDate.of(2022, 7, 15), SignatureCheck.VALID,
                AT)).isEmpty());
        assertTrue(validate(EventType.COMPONENTS_DIGITISED, new ComponentsDigitised("file-1", "d-1",
                "000.00.31.H41-220715-0001", "31639", "1.001193", "ho-tich", "Tờ khai", false, "application/pdf",
                1024, SHA, AT)).isEmpty());
        assertTrue(validate(EventType.RESULT_DIGITISED, new ResultDigitised("file-2", "d-1",
                "000.00.31.H41-220715-0001", "31639", "1.001193", "ho-tich", "application/pdf", 2048, SHA,
                AT)).isEmpty());
    }

    @Test
    void aSymbolWithoutLeadingZeroAndAnUnknownDeliveryModeAreRejected() throws Exception {
        ObjectNode node = JSON.valueToTree(new DocumentIssued("doc-3", "31639", "7/QĐ-UBND", 2022, "QD",
                DeliveryMode.FULLY_ELECTRONIC, null, null, AT));
        node.put("deliveryMode", "FAX");
        Set<ValidationMessage> errors = validate(EventType.DOCUMENT_ISSUED, node);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("symbol"), errors.toString());
        assertTrue(errors.toString().contains("deliveryMode"), errors.toString());
    }
}
