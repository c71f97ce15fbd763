package vn.motcua.contracts;

/** Kafka topics of the platform. Partitions are the unit of scale; keys keep one aggregate's events in order. */
public final class Topics {
    /** Every dossier lifecycle event; key = dossier id. */
    public static final String DOSSIER = "motcua.dossier";
    /** Official documents and files; key = document id. */
    public static final String DOCUMENT = "motcua.document";
    /** Units and procedures; compacted; key = code. */
    public static final String REFERENCE = "motcua.reference";

    private Topics() {
    }
}
