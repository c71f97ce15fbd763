package vn.motcua.document.file;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A file and all its versions, as the API shows them. */
public record FileView(UUID id, String dossierCode, String component, Provenance provenance, UUID reusedFrom,
        int currentVersion, Instant createdAt, String createdBy, List<VersionView> versions) {

    /** One version: its checksum, size and detected type. */
    public record VersionView(int version, String sha256, long sizeBytes, String contentType, String name,
            String note, Instant storedAt, String storedBy) {

        static VersionView of(FileVersion v) {
            return new VersionView(v.version, v.sha256, v.sizeBytes, v.contentType, v.originalName, v.note,
                    v.storedAt, v.storedBy);
        }
    }

    static FileView of(StoredFile file, List<FileVersion> versions) {
        return new FileView(file.id, file.dossierCode, file.component, file.provenance, file.reusedFrom,
                file.currentVersion, file.createdAt, file.createdBy, versions.stream().map(VersionView::of).toList());
    }
}
