package vn.motcua.contracts;

import java.util.Arrays;
import java.util.Optional;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.contracts.dossier.DossierResolved;

/**
 * Every event type of the platform: its CloudEvents type ({@code vn.motcua.<aggregate>.<event>.v<n>}),
 * its topic and its payload record. The JSON Schema of each lies at {@code /schemas/<type>.json}.
 * Evolve a type by adding optional fields; a breaking change is a new {@code .v2} constant.
 */
public enum EventType {
    DOSSIER_RECEIVED("vn.motcua.dossier.received.v1", Topics.DOSSIER, DossierReceived.class),
    DOSSIER_RESOLVED("vn.motcua.dossier.resolved.v1", Topics.DOSSIER, DossierResolved.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> payload;

    EventType(String type, String topic, Class<? extends Record> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payload() {
        return payload;
    }

    /** The classpath location of this type's JSON Schema (draft 2020-12). */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }

    public static Optional<EventType> of(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }
}
