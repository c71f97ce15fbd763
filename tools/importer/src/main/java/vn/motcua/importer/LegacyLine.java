package vn.motcua.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * One line of the legacy export, checked before anything is sent:
 * {@code {"legacyId","code"?,"unitCode","procedureCode","channel","receivedAt","dueAt"?,"resolvedAt"?,
 * "outcome"?,"returnedAt"?}}. A line that fails here is rejected with its reason; the services check
 * the rest (units, procedures, instants against their data).
 *
 * @param intake  the record as intake's bulk endpoint takes it (one element of the batch); intake announces the
 *                dossier and, with an outcome, its legacy history, from which workflow builds the case
 */
record LegacyLine(String legacyId, ObjectNode intake) {

    static final Set<String> CHANNELS = Set.of("ONLINE", "IN_PERSON", "POSTAL");
    static final Set<String> OUTCOMES = Set.of("APPROVED", "REJECTED", "STOPPED", "WITHDRAWN", "REFUSED");
    private static final List<String> REQUIRED = List.of("legacyId", "unitCode", "procedureCode", "channel", "receivedAt");
    private static final List<String> INSTANTS = List.of("receivedAt", "dueAt", "resolvedAt", "returnedAt");
    private static final List<String> KNOWN = List.of("legacyId", "code", "unitCode", "procedureCode", "channel",
            "receivedAt", "dueAt", "resolvedAt", "outcome", "returnedAt");

    /** Why a line cannot be imported. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    static LegacyLine parse(String text, ObjectMapper json) throws Rejected {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Rejected("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new Rejected("not a JSON object: the line is " + (node == null ? "empty" : node.getNodeType().name()
                    .toLowerCase(java.util.Locale.ROOT)));
        }
        for (String field : REQUIRED) {
            if (!node.hasNonNull(field)) {
                throw new Rejected(field + " is missing; every line needs " + String.join(", ", REQUIRED));
            }
            if (!node.path(field).isTextual()) {
                throw new Rejected(field + " must be a string, not " + node.get(field));
            }
            if (node.path(field).asText().isBlank()) {
                throw new Rejected(field + " is blank");
            }
        }
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KNOWN.contains(name)) {
                throw new Rejected("unknown field " + name + " (known fields: " + String.join(", ", KNOWN) + ")");
            }
        }
        if (!CHANNELS.contains(node.path("channel").asText())) {
            throw new Rejected("channel must be one of " + CHANNELS + ", not " + node.path("channel").asText());
        }
        String outcome = node.hasNonNull("outcome") ? node.path("outcome").asText() : null;
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new Rejected("outcome must be one of " + OUTCOMES + ", not " + outcome);
        }
        for (String field : INSTANTS) {
            if (node.hasNonNull(field)) {
                try {
                    OffsetDateTime.parse(node.path(field).asText());
                } catch (DateTimeParseException e) {
                    throw new Rejected(field + " is not an ISO-8601 instant with offset: " + node.path(field).asText());
                }
            }
        }
        // a refusal's instant is resolvedAt when the export gives it (else its receipt's): intake's alone
        boolean resolved = outcome != null && !outcome.equals("REFUSED");
        if (resolved && !node.hasNonNull("resolvedAt")) {
            throw new Rejected("resolvedAt is missing: outcome " + outcome + " needs the instant it was decided");
        }
        if (outcome == null && node.hasNonNull("resolvedAt")) {
            throw new Rejected("outcome is missing: resolvedAt is given, so the dossier was decided; say how ("
                    + String.join(", ", OUTCOMES.stream().sorted().toList()) + ")");
        }
        if (node.hasNonNull("returnedAt") && !List.of("APPROVED", "REJECTED").contains(outcome)) {
            throw new Rejected("returnedAt is given, but only an APPROVED or REJECTED dossier has a result to return"
                    + (outcome == null ? " (no outcome)" : " (outcome " + outcome + ")"));
        }
        ObjectNode intake = ((ObjectNode) node).deepCopy();
        return new LegacyLine(node.path("legacyId").asText(), intake);
    }
}
