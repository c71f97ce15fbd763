package vn.motcua.document.file;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A file and all its versions, as the API shows them. {@code warning} repeats the current version's
 * suspicion reason (null when there is none), so every view of a suspicious file warns of it.
 */
public record FileView(UUID id, String dossierCode, String component, Provenance provenance, UUID reusedFrom,
        int currentVersion, Instant createdAt, String createdBy, String warning, List<VersionView> versions) {

    /** One version: its checksum, size and detected type, and whether it is marked suspicious and why. */
    public record VersionView(int version, String sha256, long sizeBytes, String contentType, String name,
            String note, Instant storedAt, String storedBy, boolean suspicious, String suspicionReason) {

        static VersionView of(FileVersion v) {
            return new VersionView(v.version, v.sha256, v.sizeBytes, v.contentType, v.originalName, v.note,
                    v.storedAt, v.storedBy, v.suspicious, v.suspicionReason);
        }
    }

    static FileView of(StoredFile file, List<FileVersion> versions) {
        String warning = versions.stream().filter(v -> v.version == file.currentVersion && v.suspicious)
                .map(v -> "Suspicious file: " + v.suspicionReason).findFirst().orElse(null);
        return new FileView(file.id, file.dossierCode, file.component, file.provenance, file.reusedFrom,
                file.currentVersion, file.createdAt, file.createdBy, warning,
                versions.stream().map(VersionView::of).toList());
    }
}
