package vn.motcua.document.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A file slot: a dossier component, a result, a received or drafted document. Its content is in versions. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "dossier_code", updatable = false)
    public String dossierCode;

    @Column(updatable = false)
    public String component;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Provenance provenance;

    @Column(name = "reused_from", updatable = false)
    public UUID reusedFrom;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /** Two versions added at once: the second commit fails instead of both claiming the same number. */
    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
