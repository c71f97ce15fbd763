package vn.motcua.document.register;

import vn.motcua.backbone.audit.Audit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.backbone.paging.Page;
import vn.motcua.backbone.paging.PageRequest;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.document.DeliveryMode;
import vn.motcua.contracts.document.DocumentIssued;
import vn.motcua.contracts.document.DocumentRegistered;
import vn.motcua.document.dossier.Dossiers;
import vn.motcua.document.dossier.KnownDossier;
import vn.motcua.document.file.FileKind;
import vn.motcua.document.file.FileService;
import vn.motcua.document.file.FileVersion;
import vn.motcua.document.file.Provenance;
import vn.motcua.document.file.StoredFile;

/** The outgoing register: drafts, numbering (cấp số) and issue (phát hành). Signing is {@link OutgoingSigning}. */
@ApplicationScoped
public class OutgoingService {

    private static final Logger LOG = Logger.getLogger(OutgoingService.class);

    private final EntityManager entityManager;
    private final RegisterCounter counter;
    private final Dossiers dossiers;
    private final FileService files;
    private final Outbox outbox;
    private final Clock clock;
    private final Audit audit;

    OutgoingService(EntityManager entityManager, RegisterCounter counter, Dossiers dossiers, FileService files,
            Outbox outbox, Clock clock, Audit audit) {
        this.entityManager = entityManager;
        this.counter = counter;
        this.dossiers = dossiers;
        this.files = files;
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates a draft; the same idempotency key returns the draft created first. */
    public Created create(NewOutgoing request, Optional<String> idempotencyKey, FileService.Actor actor) {
        Optional<OutgoingView> earlier = idempotencyKey.flatMap(key -> findByKey(actor.unitCode(), key));
        if (earlier.isPresent()) {
            return new Created(earlier.get(), true);
        }
        try {
            return new Created(QuarkusTransaction.requiringNew().call(() -> {
                OutgoingView draft = createDraft(request, idempotencyKey, actor);
                audit.record("outgoing.drafted", draft.id().toString(), null);
                return draft;
            }),
                    false);
        } catch (RuntimeException e) {
            Optional<OutgoingView> raced = idempotencyKey.flatMap(key -> findByKey(actor.unitCode(), key));
            if (raced.isPresent()) {
                return new Created(raced.get(), true);
            }
            throw e;
        }
    }

    /** The outcome of a creating request: the document, and whether an earlier request made it. */
    public record Created(OutgoingView document, boolean replayed) {
    }

    /** Gives the document the next number of its organisation's series for the current year. */
    public OutgoingView register(UUID id, FileService.Actor actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutgoingDocument document = locked(id, actor.unitCode());
            OutgoingStatus next = OutgoingLifecycle.afterRegistration(document.status, document.deliveryMode);
            if (document.fileId != null) {
                // registration freezes the file (FrozenFiles): no version is being added while it commits
                files.lock(document.fileId);
            }
            Instant now = Instant.now(clock);
            RegisterDate date = RegisterDate.at(now);
            int number = counter.next(document.unitCode, document.issuer, document.series, date.year());
            document.number = number;
            document.year = date.year();
            document.symbol = DocumentSymbol.of(number, document.type, document.issuer,
                    Optional.ofNullable(document.draftingUnit));
            document.documentDate = date.date();
            document.registeredAt = now;
            document.registeredBy = actor.username();
            document.status = next;
            Optional<KnownDossier> dossier = dossierOf(document);
            outbox.append(EventType.DOCUMENT_REGISTERED, document.id.toString(), document.symbol,
                    new DocumentRegistered(document.id.toString(), document.unitCode, number, document.symbol,
                            document.series.name(), date.year(), date.date(), document.type.name(),
                            document.deliveryMode, document.dossierCode,
                            dossier.map(d -> d.fieldCode).orElse(null), now));
            entityManager.flush();
            audit.record("outgoing.registered", document.id.toString(), null);
            LOG.infof("Registered outgoing document %s of unit %s (%s series %d)", document.symbol,
                    document.unitCode, document.series, date.year());
            return view(document);
        });
    }

    /** Issues a registered document; an electronic one only once both signatures are on it and intact. */
    public OutgoingView issue(UUID id, FileService.Actor actor, OutgoingSigning signing) {
        OutgoingDocument current = QuarkusTransaction.requiringNew().call(() -> require(id, actor.unitCode()));
        OutgoingLifecycle.afterIssue(current.status, current.deliveryMode);
        if (current.deliveryMode != DeliveryMode.PAPER_ONLY) {
            signing.checkBothSignaturesIntact(current);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            OutgoingDocument document = locked(id, actor.unitCode());
            document.status = OutgoingLifecycle.afterIssue(document.status, document.deliveryMode);
            Instant now = Instant.now(clock);
            document.issuedAt = now;
            document.issuedBy = actor.username();
            if (document.fileId != null) {
                document.issuedFileVersion = files.require(document.fileId, document.unitCode).currentVersion;
            }
            Optional<KnownDossier> dossier = dossierOf(document);
            outbox.append(EventType.DOCUMENT_ISSUED, document.id.toString(), document.symbol,
                    new DocumentIssued(document.id.toString(), document.unitCode, document.symbol, document.year,
                            document.type.name(), document.deliveryMode, document.dossierCode,
                            dossier.map(d -> d.fieldCode).orElse(null), now));
            entityManager.flush();
            audit.record("outgoing.issued", document.id.toString(), null);
            LOG.infof("Issued outgoing document %s of unit %s (%s)", document.symbol, document.unitCode,
                    document.deliveryMode);
            return view(document);
        });
    }

    public OutgoingView get(UUID id, String unitCode) {
        return QuarkusTransaction.requiringNew().call(() -> view(require(id, unitCode)));
    }

    public Page<OutgoingView> list(String unitCode, Optional<Integer> year, Optional<Series> series,
            Optional<OutgoingStatus> status, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String where = " where d.unitCode = :unit"
                    + year.map(y -> " and d.year = :year").orElse("")
                    + series.map(s -> " and d.series = :series").orElse("")
                    + status.map(s -> " and d.status = :status").orElse("");
            var query = entityManager.createQuery("select d from OutgoingDocument d" + where
                    + " order by d.year desc nulls first, d.number desc nulls first, d.createdAt desc",
                    OutgoingDocument.class);
            var count = entityManager.createQuery("select count(d) from OutgoingDocument d" + where, Long.class);
            for (var q : List.of(query, count)) {
                q.setParameter("unit", unitCode);
                year.ifPresent(y -> q.setParameter("year", y));
                series.ifPresent(s -> q.setParameter("series", s));
                status.ifPresent(s -> q.setParameter("status", s));
            }
            return page.of(page.applyTo(query).getResultList(), count.getSingleResult()).map(this::view);
        });
    }

    OutgoingDocument require(UUID id, String unitCode) {
        OutgoingDocument document = entityManager.find(OutgoingDocument.class, id);
        if (document == null || !document.unitCode.equals(unitCode)) {
            throw ProblemException.notFound("outgoing document", id);
        }
        return document;
    }

    OutgoingDocument locked(UUID id, String unitCode) {
        OutgoingDocument document = entityManager.find(OutgoingDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (document == null || !document.unitCode.equals(unitCode)) {
            throw ProblemException.notFound("outgoing document", id);
        }
        return document;
    }

    OutgoingView view(OutgoingDocument document) {
        List<DocumentSignature> signatures = entityManager.createQuery(
                        "from DocumentSignature where documentId = :id order by signedAt", DocumentSignature.class)
                .setParameter("id", document.id).getResultList();
        return OutgoingView.of(document, signatures);
    }

    private OutgoingView createDraft(NewOutgoing request, Optional<String> idempotencyKey, FileService.Actor actor) {
        checkAbbreviations(request);
        KnownDossier dossier = Optional.ofNullable(request.dossierCode()).filter(c -> !c.isBlank())
                .map(code -> dossiers.requireHeldBy(code.strip(), actor.unitCode())).orElse(null);
        if (request.fileId() != null) {
            checkFile(request, dossier, actor.unitCode());
        } else if (request.deliveryMode() != DeliveryMode.PAPER_ONLY) {
            throw ProblemException.invalid("fileId", "an electronically issued document needs its PDF file");
        }
        OutgoingDocument document = new OutgoingDocument();
        document.id = UUID.randomUUID();
        document.unitCode = actor.unitCode();
        document.issuer = request.issuer().strip();
        document.draftingUnit = Optional.ofNullable(request.draftingUnit()).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(null);
        document.type = request.type();
        document.series = request.secret() ? Series.SECRET : Series.ORDINARY;
        document.summary = request.summary().strip();
        document.signerName = request.signerName().strip();
        document.signerTitle = request.signerTitle();
        document.recipients = request.recipients().stream().map(String::strip).toList();
        document.deliveryMode = request.deliveryMode();
        document.dossierCode = dossier == null ? null : dossier.code;
        document.fileId = request.fileId();
        document.status = OutgoingStatus.DRAFT;
        document.createdAt = Instant.now(clock);
        document.createdBy = actor.username();
        document.idempotencyKey = idempotencyKey.orElse(null);
        entityManager.persist(document);
        entityManager.flush();
        return view(document);
    }

    private static void checkAbbreviations(NewOutgoing request) {
        if (!DocumentSymbol.isAbbreviation(request.issuer().strip())) {
            throw ProblemException.invalid("issuer", "an abbreviation such as UBND or HĐND");
        }
        Optional<String> drafting = Optional.ofNullable(request.draftingUnit()).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (drafting.isPresent() && !DocumentSymbol.isAbbreviation(drafting.get())) {
            throw ProblemException.invalid("draftingUnit", "an abbreviation such as VP or TNMT");
        }
        if (request.type().isOfficialLetter() && drafting.isEmpty()) {
            throw ProblemException.invalid("draftingUnit",
                    "an official letter's symbol names the drafting unit or field, e.g. UBND-VP");
        }
    }

    private void checkFile(NewOutgoing request, KnownDossier dossier, String unitCode) {
        StoredFile file;
        try {
            file = files.require(request.fileId(), unitCode);
        } catch (ProblemException e) {
            throw ProblemException.invalid("fileId", "no such file in your unit");
        }
        if (file.provenance != Provenance.RESULT && file.provenance != Provenance.DRAFTED) {
            throw ProblemException.invalid("fileId", "an outgoing document's file is a RESULT or DRAFTED file");
        }
        if (file.provenance == Provenance.RESULT && (dossier == null || !dossier.code.equals(file.dossierCode))) {
            throw ProblemException.invalid("dossierCode", "a result file belongs to dossier " + file.dossierCode);
        }
        FileVersion current = files.version(file.id, file.currentVersion);
        if (request.deliveryMode() != DeliveryMode.PAPER_ONLY && current.kind() != FileKind.PDF) {
            throw ProblemException.invalid("fileId", "an electronically issued document is a PDF, not "
                    + current.contentType);
        }
        Long attached = entityManager.createQuery("select count(d) from OutgoingDocument d where d.fileId = :file",
                Long.class).setParameter("file", file.id).getSingleResult();
        if (attached > 0) {
            throw ProblemException.conflict("file-in-use", "This file is already another outgoing document's");
        }
    }

    private Optional<KnownDossier> dossierOf(OutgoingDocument document) {
        return Optional.ofNullable(document.dossierCode).flatMap(dossiers::find);
    }

    private Optional<OutgoingView> findByKey(String unitCode, String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutgoingDocument where unitCode = :unit and idempotencyKey = :key",
                        OutgoingDocument.class)
                .setParameter("unit", unitCode).setParameter("key", key)
                .getResultStream().findFirst().map(this::view));
    }
}
