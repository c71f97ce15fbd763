package vn.motcua.workflow.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** A timestamptz column read by a native query, whichever Java type the driver chose. */
public final class Instants {

    private Instants() {
    }

    public static Instant of(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
