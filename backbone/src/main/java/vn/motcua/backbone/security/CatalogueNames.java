package vn.motcua.backbone.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.contracts.reference.ProcedurePublished;

/**
 * The names of the catalogue's fields (lĩnh vực, e.g. {@code ho-tich} → "Hộ tịch") and procedures, for papers
 * a person reads. Read from the procedures published on {@code motcua.reference} by {@link ReferenceUnitsReader}
 * (the same pass that reads the units): the catalogue is their only source, no service keeps a copy. A later
 * version's name wins.
 */
@ApplicationScoped
public class CatalogueNames {

    private final Map<String, String> fields = new ConcurrentHashMap<>();
    private final Map<String, String> procedures = new ConcurrentHashMap<>();

    /** Takes a procedure event from {@code motcua.reference} (each carries every version, oldest first). */
    public void apply(ProcedurePublished procedure) {
        for (ProcedurePublished.Version version : procedure.versions()) {
            if (version.fieldCode() != null && version.fieldName() != null) {
                fields.put(version.fieldCode(), version.fieldName());
            }
            if (version.name() != null) {
                procedures.put(procedure.code(), version.name());
            }
        }
    }

    public Optional<String> fieldName(String fieldCode) {
        return Optional.ofNullable(fields.get(fieldCode));
    }

    public Optional<String> procedureName(String procedureCode) {
        return Optional.ofNullable(procedures.get(procedureCode));
    }
}
