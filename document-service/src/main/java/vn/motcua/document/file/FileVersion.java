package vn.motcua.document.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One immutable version of a file's content, with the checksum it must still have when read. */
@Entity
@Table(name = "file_version")
@IdClass(FileVersion.Key.class)
public class FileVersion {

    /** Primary key: the file and the version number. */
    public record Key(UUID fileId, int version) implements Serializable {
    }

    @Id
    @Column(name = "file_id")
    public UUID fileId;

    @Id
    public int version;

    @Column(name = "storage_key", nullable = false, updatable = false)
    public String storageKey;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "original_name", updatable = false)
    public String originalName;

    /** Why this version exists beyond an upload, e.g. "signed by Nguyễn Văn An (PERSON)". */
    @Column(updatable = false)
    public String note;

    /** Its PDF signatures did not validate when it was received (a RESULT file): accepted, but marked. */
    @Column(nullable = false, updatable = false)
    public boolean suspicious;

    /** Why it is {@link #suspicious}, in words; null otherwise. */
    @Column(name = "suspicion_reason", updatable = false)
    public String suspicionReason;

    @Column(name = "stored_at", nullable = false, updatable = false)
    public Instant storedAt;

    @Column(name = "stored_by", nullable = false, updatable = false)
    public String storedBy;

    public FileKind kind() {
        return FileKind.ofMediaType(contentType);
    }
}
