package vn.motcua.document.file;

import vn.motcua.backbone.audit.Audit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.document.digitisation.DigitisationRecords;
import vn.motcua.document.dossier.Dossiers;
import vn.motcua.document.dossier.KnownDossier;
import vn.motcua.document.storage.ContentStore;

/**
 * Files and their versions: upload (spool, check, store, record, event), re-use, new versions, and
 * reading a version back with its checksum verified. Every file is scoped to a unit; another
 * unit's file answers 404.
 */
@ApplicationScoped
public class FileService {

    private static final Logger LOG = Logger.getLogger(FileService.class);
    /** Who recorded a file the applicant sent online (the citizen has no login here). */
    static final String APPLICANT = "applicant";

    /** Who acts: their login, unit and roles. */
    public record Actor(String username, String unitCode, java.util.Set<String> roles) {
    }

    /** What an upload says about the file besides its bytes. */
    public record Upload(Provenance provenance, Optional<String> dossierCode, Optional<String> component,
            Optional<String> name, Optional<String> idempotencyKey) {
    }

    /** The outcome of a creating request: the file, and whether it was created now or earlier under the same key. */
    public record Created(FileView file, boolean replayed) {
    }

    private final EntityManager entityManager;
    private final ContentStore contents;
    private final Dossiers dossiers;
    private final DigitisationRecords digitisation;
    private final Clock clock;
    private final FilesConfig config;
    private final Audit audit;
    private final FrozenFiles frozen;
    private final ResultScreening screening;

    FileService(EntityManager entityManager, ContentStore contents, Dossiers dossiers,
            DigitisationRecords digitisation, Clock clock, FilesConfig config, Audit audit, FrozenFiles frozen,
            ResultScreening screening) {
        this.frozen = frozen;
        this.screening = screening;
        this.entityManager = entityManager;
        this.contents = contents;
        this.dossiers = dossiers;
        this.digitisation = digitisation;
        this.clock = clock;
        this.config = config;
        this.audit = audit;
    }

    public Created upload(Upload upload, InputStream body, OptionalLong declaredLength, Actor actor) {
        checkUpload(upload, actor);
        Optional<FileView> earlier = upload.idempotencyKey().flatMap(key -> findByIdempotencyKey(actor.unitCode(), key));
        if (earlier.isPresent()) {
            return new Created(earlier.get(), true);
        }
        try {
            return new Created(store(upload, body, declaredLength, actor,
                    code -> dossiers.requireHeldBy(code, actor.unitCode())), false);
        } catch (RuntimeException e) {
            Optional<FileView> raced = upload.idempotencyKey().flatMap(k -> findByIdempotencyKey(actor.unitCode(), k));
            if (raced.isPresent()) {
                return new Created(raced.get(), true);
            }
            throw e;
        }
    }

    /**
     * A component's file sent by the applicant of an online dossier, with the lookup secret, while the dossier
     * waits for the desk: the same size and type checks as any upload; the desk sees it with the dossier's files.
     */
    public FileView uploadOnline(String dossierCode, String lookupSecret, String component, Optional<String> name,
            InputStream body, OptionalLong declaredLength) {
        KnownDossier dossier = dossiers.requireWithSecret(dossierCode, lookupSecret);
        Dossiers.requireAwaitingDesk(dossier);
        Upload upload = new Upload(Provenance.SUBMITTED_ONLINE, Optional.of(dossier.code), Optional.of(component), name,
                Optional.empty());
        // checked again under the dossier's row lock: the desk's decision, arriving meanwhile, waits or wins
        return store(upload, body, declaredLength, new Actor(APPLICANT, dossier.unitCode, java.util.Set.of()),
                dossiers::lockAwaitingDesk);
    }

    /** Spools and checks the content, writes it, then records the file in one transaction; nothing stays on failure. */
    private FileView store(Upload upload, InputStream body, OptionalLong declaredLength, Actor actor,
            java.util.function.Function<String, KnownDossier> dossierInTransaction) {
        UUID id = UUID.randomUUID();
        try (CheckedContent content = receive(body, declaredLength)) {
            Optional<String> suspicion = screening.suspicion(upload.provenance(), content.kind(), content.path(),
                    upload.dossierCode().orElse("-"));
            String key = contents.write("files/" + id, content.path());
            try {
                FileView file = QuarkusTransaction.requiringNew().call(() -> {
                    KnownDossier dossier = upload.dossierCode().map(dossierInTransaction).orElse(null);
                    FileView recorded = recordNewFile(id, upload, dossier, content, key, suspicion, actor);
                    audit.record("file.uploaded", id.toString(), null);
                    return recorded;
                });
                LOG.infof("Stored %s file %s (%s, %d bytes) for dossier %s", upload.provenance(), id,
                        content.kind().mediaType(), content.size(), upload.dossierCode().orElse("-"));
                return file;
            } catch (RuntimeException e) {
                contents.discard(key);
                throw e;
            }
        }
    }

    /** Adds a version to a file; the earlier versions stay as they are. A registered document's file is frozen. */
    public FileView addVersion(UUID fileId, InputStream body, OptionalLong declaredLength, Optional<String> name,
            Actor actor) {
        StoredFile file = require(fileId, actor.unitCode());
        if (!file.provenance.mayBeRecordedBy(actor.roles())) {
            throw ProblemException.forbidden("Your roles do not allow adding " + file.provenance + " files");
        }
        QuarkusTransaction.requiringNew().run(() -> frozen.requireChangeable(fileId));
        try (CheckedContent content = receive(body, declaredLength)) {
            Optional<String> suspicion = screening.suspicion(file.provenance, content.kind(), content.path(),
                    Optional.ofNullable(file.dossierCode).orElse("-"));
            String key = contents.write("files/" + fileId, content.path());
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    StoredFile current = lockedFile(fileId);
                    // again under the file's lock, which registration takes too: no version slips in meanwhile
                    frozen.requireChangeable(fileId);
                    current.currentVersion++;
                    FileVersion version = appendVersion(current, key, content.sha256(), content.size(),
                            content.kind(), name.orElse(null), null, actor.username(), suspicion);
                    contents.confirm(key);
                    audit.record("file.version-added", fileId.toString(), null);
                    return view(current, version);
                });
            } catch (RuntimeException e) {
                contents.discard(key);
                throw e;
            }
        }
    }

    /** Takes a digitised component of an earlier dossier of the unit into another dossier, without copying it. */
    public Created reuse(UUID sourceFileId, String dossierCode, String component, Optional<String> idempotencyKey,
            Actor actor) {
        if (!Provenance.REUSED.mayBeRecordedBy(actor.roles())) {
            throw ProblemException.forbidden("Your roles do not allow recording dossier components");
        }
        Optional<FileView> earlier = idempotencyKey.flatMap(key -> findByIdempotencyKey(actor.unitCode(), key));
        if (earlier.isPresent()) {
            return new Created(earlier.get(), true);
        }
        return new Created(QuarkusTransaction.requiringNew().call(() -> {
            StoredFile source = require(sourceFileId, actor.unitCode());
            if (!source.provenance.isDigitisedComponent()) {
                throw ProblemException.conflict("not-a-component", "Only digitised dossier components can be re-used");
            }
            KnownDossier dossier = dossiers.requireHeldBy(dossierCode, actor.unitCode());
            FileVersion original = version(source.id, source.currentVersion);
            StoredFile file = newFile(UUID.randomUUID(), Provenance.REUSED, dossier.code, component,
                    idempotencyKey.orElse(null), actor);
            file.reusedFrom = source.id;
            entityManager.persist(file);
            FileVersion version = appendVersion(file, original.storageKey, original.sha256, original.sizeBytes,
                    original.kind(), original.originalName, "re-used from file " + source.id, actor.username());
            announceDigitisation(file, version, dossier);
            audit.record("file.reused", file.id.toString(), null);
            return view(file, version);
        }), false);
    }

    public FileView get(UUID fileId, String unitCode) {
        StoredFile file = require(fileId, unitCode);
        return FileView.of(file, versions(fileId));
    }

    public List<FileView> ofDossier(String dossierCode, String unitCode) {
        dossiers.requireHeldBy(dossierCode, unitCode);
        return entityManager.createQuery("from StoredFile where dossierCode = :code order by createdAt, id",
                        StoredFile.class)
                .setParameter("code", dossierCode).getResultList().stream()
                .map(f -> FileView.of(f, versions(f.id))).toList();
    }

    /** A version's content, copied out of storage and checked against its recorded SHA-256. */
    public VerifiedContent read(UUID fileId, Optional<Integer> versionNumber, String unitCode) {
        StoredFile file = require(fileId, unitCode);
        return read(file, versionNumber.orElse(file.currentVersion));
    }

    public VerifiedContent read(StoredFile file, int versionNumber) {
        FileVersion version = entityManager.find(FileVersion.class, new FileVersion.Key(file.id, versionNumber));
        if (version == null) {
            throw ProblemException.notFound("version", versionNumber + " of file " + file.id);
        }
        return VerifiedContent.copy(contents, version, Path.of(config.spoolDirectory()));
    }

    /** The file if the unit holds it; 404 otherwise. */
    public StoredFile require(UUID fileId, String unitCode) {
        StoredFile file = entityManager.find(StoredFile.class, fileId);
        if (file == null || !file.unitCode.equals(unitCode)) {
            throw ProblemException.notFound("file", fileId);
        }
        return file;
    }

    /** In the caller's transaction: holds the file still until commit (registration freezing it). */
    public void lock(UUID fileId) {
        lockedFile(fileId);
    }

    public FileVersion version(UUID fileId, int version) {
        return entityManager.find(FileVersion.class, new FileVersion.Key(fileId, version));
    }

    /**
     * In the caller's transaction: records content already written with {@link ContentStore#write} as
     * the file's next version (used by signing, whose new version and event commit together).
     */
    public FileVersion appendStoredVersion(UUID fileId, String key, String sha256, long size, FileKind kind,
            String note, String username) {
        StoredFile file = lockedFile(fileId);
        FileVersion previous = version(fileId, file.currentVersion);
        file.currentVersion++;
        FileVersion version = appendVersion(file, key, sha256, size, kind, previous.originalName, note, username);
        contents.confirm(key);
        return version;
    }

    private void checkUpload(Upload upload, Actor actor) {
        if (!upload.provenance().mayBeRecordedBy(actor.roles())) {
            throw ProblemException.forbidden("Your roles do not allow recording " + upload.provenance() + " files");
        }
        if (upload.provenance().ofDossier() && upload.dossierCode().isEmpty()) {
            throw ProblemException.invalid("dossierCode", upload.provenance() + " files belong to a dossier");
        }
        if (!upload.provenance().ofDossier() && upload.dossierCode().isPresent()) {
            throw ProblemException.invalid("dossierCode", upload.provenance() + " files do not belong to a dossier");
        }
        if (upload.provenance().isDigitisedComponent() && upload.component().isEmpty()) {
            throw ProblemException.invalid("component", "name the dossier component this file is");
        }
        upload.dossierCode().ifPresent(code -> dossiers.requireHeldBy(code, actor.unitCode()));
    }

    private CheckedContent receive(InputStream body, OptionalLong declaredLength) {
        long limit = config.maxSize().asLongValue();
        if (declaredLength.isPresent() && declaredLength.getAsLong() > limit) {
            throw SpooledUpload.tooLarge(limit);
        }
        SpooledUpload spooled = SpooledUpload.spool(body, limit, Path.of(config.spoolDirectory()));
        try {
            return new CheckedContent(spooled, ContentSniffer.detect(spooled.path()));
        } catch (RuntimeException e) {
            spooled.close();
            throw e;
        }
    }

    private FileView recordNewFile(UUID id, Upload upload, KnownDossier dossier, CheckedContent content, String key,
            Optional<String> suspicion, Actor actor) {
        StoredFile file = newFile(id, upload.provenance(), dossier == null ? null : dossier.code,
                upload.component().orElse(null), upload.idempotencyKey().orElse(null), actor);
        entityManager.persist(file);
        FileVersion version = appendVersion(file, key, content.sha256(), content.size(), content.kind(),
                upload.name().orElse(null), null, actor.username(), suspicion);
        contents.confirm(key);
        if (dossier != null) {
            announceDigitisation(file, version, dossier);
        }
        entityManager.flush();
        return view(file, version);
    }

    private StoredFile newFile(UUID id, Provenance provenance, String dossierCode, String component,
            String idempotencyKey, Actor actor) {
        StoredFile file = new StoredFile();
        file.id = id;
        file.unitCode = actor.unitCode();
        file.dossierCode = dossierCode;
        file.component = component;
        file.provenance = provenance;
        file.currentVersion = 1;
        file.createdAt = Instant.now(clock);
        file.createdBy = actor.username();
        file.idempotencyKey = idempotencyKey;
        return file;
    }

    /** Version {@code file.currentVersion}: call after {@link #newFile} (version 1) or after incrementing it. */
    private FileVersion appendVersion(StoredFile file, String key, String sha256, long size, FileKind kind,
            String name, String note, String username) {
        return appendVersion(file, key, sha256, size, kind, name, note, username, Optional.empty());
    }

    /** With a suspicion, the version is inserted marked (set before persist: the columns are never updated). */
    private FileVersion appendVersion(StoredFile file, String key, String sha256, long size, FileKind kind,
            String name, String note, String username, Optional<String> suspicion) {
        FileVersion version = new FileVersion();
        version.suspicious = suspicion.isPresent();
        version.suspicionReason = suspicion.orElse(null);
        version.fileId = file.id;
        version.version = file.currentVersion;
        version.storageKey = key;
        version.sha256 = sha256;
        version.sizeBytes = size;
        version.contentType = kind.mediaType();
        version.originalName = name;
        version.note = note;
        version.storedAt = Instant.now(clock);
        version.storedBy = username;
        entityManager.persist(version);
        return version;
    }

    private void announceDigitisation(StoredFile file, FileVersion version, KnownDossier dossier) {
        DigitisationRecords.StoredContent content = new DigitisationRecords.StoredContent(file.id,
                version.contentType, version.sizeBytes, version.sha256, version.storedAt);
        if (file.provenance.isDigitisedComponent()) {
            digitisation.componentDigitised(dossier, file.component, file.provenance == Provenance.REUSED, content);
        } else if (file.provenance == Provenance.RESULT) {
            digitisation.resultDigitised(dossier, content);
        }
    }

    private StoredFile lockedFile(UUID fileId) {
        return entityManager.find(StoredFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
    }

    private List<FileVersion> versions(UUID fileId) {
        return entityManager.createQuery("from FileVersion where fileId = :id order by version", FileVersion.class)
                .setParameter("id", fileId).getResultList();
    }

    private FileView view(StoredFile file, FileVersion latest) {
        List<FileVersion> all = versions(file.id);
        if (all.stream().noneMatch(v -> v.version == latest.version)) {
            all = new java.util.ArrayList<>(all);
            all.add(latest);
        }
        return FileView.of(file, all);
    }

    private Optional<FileView> findByIdempotencyKey(String unitCode, String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from StoredFile where unitCode = :unit and idempotencyKey = :key", StoredFile.class)
                .setParameter("unit", unitCode).setParameter("key", key)
                .getResultStream().findFirst().map(f -> FileView.of(f, versions(f.id))));
    }

    /** An upload that passed the size and content checks. */
    private record CheckedContent(SpooledUpload spooled, FileKind kind) implements AutoCloseable {
        Path path() {
            return spooled.path();
        }

        long size() {
            return spooled.size();
        }

        String sha256() {
            return spooled.sha256();
        }

        @Override
        public void close() {
            spooled.close();
        }
    }
}
