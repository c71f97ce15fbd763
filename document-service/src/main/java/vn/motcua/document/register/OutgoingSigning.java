package vn.motcua.document.register;

import vn.motcua.backbone.audit.Audit;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Roles;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.document.DocumentSigned;
import vn.motcua.contracts.document.SignatureCheck;
import vn.motcua.contracts.document.SignerRole;
import vn.motcua.document.file.FileKind;
import vn.motcua.document.file.FileService;
import vn.motcua.document.file.FileVersion;
import vn.motcua.document.file.FilesConfig;
import vn.motcua.document.file.StoredFile;
import vn.motcua.document.file.VerifiedContent;
import vn.motcua.document.signature.PadesSigner;
import vn.motcua.document.signature.PdfSignatureValidator;
import vn.motcua.document.signature.SignatureAppearance;
import vn.motcua.document.signature.SignatureReport;
import vn.motcua.document.signature.SigningCertificate;
import vn.motcua.document.signature.SigningCertificates;
import vn.motcua.document.signature.SigningKey;
import vn.motcua.document.storage.ContentStore;

/**
 * Signs an outgoing document's PDF: first the competent person (a leader, with their own
 * certificate), then, after numbering, the organisation (the clerical office, with the unit's
 * certificate). Each signature makes a new version of the file; the earlier one is kept. The
 * organisation signs only over an intact signature of the competent person.
 */
@ApplicationScoped
public class OutgoingSigning {

    private static final Logger LOG = Logger.getLogger(OutgoingSigning.class);

    private final OutgoingService documents;
    private final EntityManager entityManager;
    private final FileService files;
    private final ContentStore contents;
    private final SigningCertificates certificates;
    private final PadesSigner signer;
    private final PdfSignatureValidator validator;
    private final Outbox outbox;
    private final Clock clock;
    private final Audit audit;
    private final Path workDirectory;

    OutgoingSigning(OutgoingService documents, EntityManager entityManager, FileService files,
            ContentStore contents, SigningCertificates certificates, PadesSigner signer,
            PdfSignatureValidator validator, Outbox outbox, Clock clock, FilesConfig filesConfig, Audit audit) {
        this.documents = documents;
        this.entityManager = entityManager;
        this.files = files;
        this.contents = contents;
        this.certificates = certificates;
        this.signer = signer;
        this.validator = validator;
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
        this.workDirectory = Path.of(filesConfig.spoolDirectory());
    }

    /** What signing needs, read before the slow part (reading, signing and storing the PDF). */
    private record Plan(OutgoingStatus status, StoredFile file, int fileVersion, SigningCertificate certificate,
            Optional<String> personSerial, String reason, Stamp stamp) {
    }

    /** What the visible signature will show, but for the signer's name and the time, known only when signing. */
    private record Stamp(SignerRole role, Optional<String> signerTitle, String symbol, LocalDate documentDate) {

        SignatureAppearance appearance(String signerName, Instant signedAt) {
            return role == SignerRole.PERSON ? SignatureStamp.person(signerName, signerTitle, signedAt)
                    : SignatureStamp.organisation(signerName, symbol, documentDate, signedAt);
        }
    }

    public OutgoingView sign(UUID id, SignerRole role, FileService.Actor actor) {
        Plan plan = QuarkusTransaction.requiringNew().call(() -> plan(id, role, actor));
        try (VerifiedContent current = files.read(plan.file(), plan.fileVersion())) {
            DSSDocument pdf = new FileDocument(current.path().toFile());
            checkExistingSignatures(validator.validate(pdf), plan);
            SigningKey key = certificates.keyOf(plan.certificate());
            Instant signingTime = Instant.now(clock);
            DSSDocument signed = signer.sign(pdf, key, new PadesSigner.Purpose(plan.reason(),
                    "Đơn vị " + actor.unitCode(), signingTime),
                    Optional.of(plan.stamp().appearance(nameOf(key), signingTime)));
            Path signedFile = Files.createTempFile(workDirectory, "signed-", ".pdf");
            try {
                Written written = write(signed, signedFile);
                String storageKey = contents.write("files/" + plan.file().id, signedFile);
                try {
                    return QuarkusTransaction.requiringNew().call(() -> {
                        OutgoingView signedDocument = record(id, role, plan, storageKey, written, key, signingTime, actor);
                        audit.record("outgoing.signed", id.toString(), null);
                        return signedDocument;
                    });
                } catch (RuntimeException e) {
                    contents.discard(storageKey);
                    throw e;
                }
            } finally {
                Files.deleteIfExists(signedFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Signing document " + id + " failed", e);
        }
    }

    /** Before issue: the current PDF still carries both recorded signatures, intact, and they validate. */
    void checkBothSignaturesIntact(OutgoingDocument document) {
        StoredFile file = files.require(document.fileId, document.unitCode);
        try (VerifiedContent current = files.read(file, file.currentVersion)) {
            SignatureReport report = validator.validate(new FileDocument(current.path().toFile()));
            Map<SignerRole, String> recorded = new EnumMap<>(SignerRole.class);
            for (SignerRole role : SignerRole.values()) {
                Optional.ofNullable(entityManager.find(DocumentSignature.class, new DocumentSignature.Key(document.id,
                        role))).ifPresent(signature -> recorded.put(role, signature.certificateSerial));
            }
            IssuableSignatures.require(report, recorded);
        }
    }

    private Plan plan(UUID id, SignerRole role, FileService.Actor actor) {
        String required = role == SignerRole.PERSON ? Roles.LEADER : Roles.CLERK;
        if (!actor.roles().contains(required)) {
            throw ProblemException.forbidden(role == SignerRole.PERSON
                    ? "The competent person's signature is a leader's" : "The organisation's signature is applied "
                            + "by the clerical office");
        }
        OutgoingDocument document = documents.require(id, actor.unitCode());
        if (document.fileId == null) {
            throw ProblemException.conflict("no-pdf", "This document has no file to sign");
        }
        StoredFile file = files.require(document.fileId, actor.unitCode());
        FileVersion current = files.version(file.id, file.currentVersion);
        OutgoingLifecycle.afterSigning(document.status, role, current.kind() == FileKind.PDF);
        Optional<String> username = role == SignerRole.PERSON ? Optional.of(actor.username()) : Optional.empty();
        SigningCertificate certificate = certificates.usable(actor.unitCode(), role, username)
                .orElseThrow(() -> ProblemException.conflict("no-signing-certificate", role == SignerRole.PERSON
                        ? "You hold no valid signing certificate; ask an administrator to enrol yours"
                        : "Your unit has no valid organisation certificate; ask an administrator to enrol it"));
        Optional<String> personSerial = Optional.ofNullable(entityManager.find(DocumentSignature.class,
                new DocumentSignature.Key(id, SignerRole.PERSON))).map(s -> s.certificateSerial);
        String reason = role == SignerRole.PERSON
                ? "Ký duyệt " + document.type.vietnameseName().toLowerCase()
                : "Ban hành văn bản số " + document.symbol;
        Stamp stamp = new Stamp(role, Optional.ofNullable(document.signerTitle), document.symbol,
                document.documentDate);
        return new Plan(document.status, file, file.currentVersion, certificate, personSerial, reason, stamp);
    }

    private static void checkExistingSignatures(SignatureReport report, Plan plan) {
        if (report.verdict() == SignatureCheck.INVALID) {
            throw ProblemException.conflict("signature-broken",
                    "The PDF carries a signature that is broken or the content changed after signing;"
                            + " it cannot be signed over");
        }
        if (plan.personSerial().isPresent() && !report.hasIntactSignatureBy(plan.personSerial().get())) {
            throw ProblemException.conflict("signature-broken", "The current PDF does not carry the competent"
                    + " person's signature any more (a new version replaced the signed one); it must be signed again");
        }
    }

    private OutgoingView record(UUID id, SignerRole role, Plan plan, String storageKey, Written written,
            SigningKey key, Instant signingTime, FileService.Actor actor) {
        OutgoingDocument document = documents.locked(id, actor.unitCode());
        StoredFile file = files.require(plan.file().id, actor.unitCode());
        if (document.status != plan.status() || file.currentVersion != plan.fileVersion()) {
            throw ProblemException.conflict("concurrent-change",
                    "The document or its file changed while it was being signed; reload it and sign again");
        }
        String signerName = nameOf(key);
        FileVersion version = files.appendStoredVersion(file.id, storageKey, written.sha256(), written.size(),
                FileKind.PDF, "signed by " + signerName + " (" + role + ")", actor.username());
        document.status = OutgoingLifecycle.afterSigning(document.status, role, true);
        DocumentSignature signature = new DocumentSignature();
        signature.documentId = id;
        signature.role = role;
        signature.signerUsername = actor.username();
        signature.signerName = signerName;
        signature.certificateSerial = plan.certificate().serialHex;
        signature.signatureLevel = PadesSigner.LEVEL.toString();
        signature.fileVersion = version.version;
        signature.signedAt = signingTime;
        entityManager.persist(signature);
        outbox.append(EventType.DOCUMENT_SIGNED, id.toString(), document.symbol, new DocumentSigned(id.toString(),
                document.unitCode, role, signerName, signature.certificateSerial, signature.signatureLevel,
                file.id.toString(), version.version, written.sha256(), signingTime));
        entityManager.flush();
        LOG.infof("Outgoing document %s of unit %s signed by %s (%s), file version %d",
                Optional.ofNullable(document.symbol).orElse(id.toString()), document.unitCode, signerName, role,
                version.version);
        return documents.view(document);
    }

    private static String nameOf(SigningKey key) {
        String dn = key.certificate().getSubjectX500Principal().getName();
        try {
            for (var rdn : new javax.naming.ldap.LdapName(dn).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException ignored) {
            // fall through to the whole name
        }
        return dn;
    }

    private record Written(long size, String sha256) {
    }

    private static Written write(DSSDocument document, Path target) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            document.writeTo(out);
        }
        return new Written(Files.size(target), HexFormat.of().formatHex(digest.digest()));
    }
}
