package vn.motcua.document.register;

import vn.motcua.backbone.audit.Audit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.europa.esig.dss.model.FileDocument;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import vn.motcua.contracts.document.IncomingDocumentRegistered;
import vn.motcua.contracts.document.SignatureCheck;
import vn.motcua.document.file.FileKind;
import vn.motcua.document.file.FileService;
import vn.motcua.document.file.Provenance;
import vn.motcua.document.file.StoredFile;
import vn.motcua.document.file.VerifiedContent;
import vn.motcua.document.signature.PdfSignatureValidator;
import vn.motcua.document.signature.SignatureReport;

/**
 * The incoming register (văn bản đến): each received document gets the next incoming number of the
 * unit's year, and its file's signatures are checked for authenticity and integrity.
 */
@ApplicationScoped
public class IncomingService {

    private static final Logger LOG = Logger.getLogger(IncomingService.class);
    /** The incoming series is the unit's own; the counter's issuer column holds this marker. */
    static final String UNIT_SERIES = "-";

    private final EntityManager entityManager;
    private final RegisterCounter counter;
    private final FileService files;
    private final PdfSignatureValidator validator;
    private final Outbox outbox;
    private final Clock clock;
    private final Audit audit;
    private final ObjectMapper json;

    IncomingService(EntityManager entityManager, RegisterCounter counter, FileService files,
            PdfSignatureValidator validator, Outbox outbox, Clock clock, ObjectMapper json, Audit audit) {
        this.entityManager = entityManager;
        this.counter = counter;
        this.files = files;
        this.validator = validator;
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
        this.json = json;
    }

    /** The outcome of a creating request: the entry, and whether an earlier request made it. */
    public record Created(IncomingView document, boolean replayed) {
    }

    public Created register(NewIncoming request, Optional<String> idempotencyKey, FileService.Actor actor) {
        Optional<IncomingView> earlier = idempotencyKey.flatMap(key -> findByKey(actor.unitCode(), key));
        if (earlier.isPresent()) {
            return new Created(earlier.get(), true);
        }
        Optional<SignatureReport> report = Optional.ofNullable(request.fileId())
                .flatMap(fileId -> check(fileId, actor.unitCode()));
        SignatureCheck check = report.map(SignatureReport::verdict).orElse(SignatureCheck.NOT_CHECKED);
        try {
            return new Created(QuarkusTransaction.requiringNew().call(
                    () -> {
                        IncomingView registered = record(request, idempotencyKey, report, check, actor);
                        audit.record("incoming.registered", registered.id().toString(), null);
                        return registered;
                    }), false);
        } catch (RuntimeException e) {
            Optional<IncomingView> raced = idempotencyKey.flatMap(key -> findByKey(actor.unitCode(), key));
            if (raced.isPresent()) {
                return new Created(raced.get(), true);
            }
            throw e;
        }
    }

    public IncomingView get(UUID id, String unitCode) {
        IncomingDocument document = entityManager.find(IncomingDocument.class, id);
        if (document == null || !document.unitCode.equals(unitCode)) {
            throw ProblemException.notFound("incoming document", id);
        }
        return view(document);
    }

    public Page<IncomingView> list(String unitCode, Optional<Integer> year, PageRequest page) {
        String where = " where d.unitCode = :unit" + year.map(y -> " and d.year = :year").orElse("");
        var query = entityManager.createQuery("select d from IncomingDocument d" + where
                + " order by d.year desc, d.incomingNumber desc", IncomingDocument.class);
        var count = entityManager.createQuery("select count(d) from IncomingDocument d" + where, Long.class);
        for (var q : List.of(query, count)) {
            q.setParameter("unit", unitCode);
            year.ifPresent(y -> q.setParameter("year", y));
        }
        return page.of(page.applyTo(query).getResultList(), count.getSingleResult()).map(this::view);
    }

    /** Validates a received PDF's signatures; other file types are not checked. */
    private Optional<SignatureReport> check(UUID fileId, String unitCode) {
        StoredFile file;
        try {
            file = files.require(fileId, unitCode);
        } catch (ProblemException e) {
            throw ProblemException.invalid("fileId", "no such file in your unit");
        }
        if (file.provenance != Provenance.RECEIVED) {
            throw ProblemException.invalid("fileId", "an incoming document's file is a RECEIVED file");
        }
        if (files.version(file.id, file.currentVersion).kind() != FileKind.PDF) {
            return Optional.empty();
        }
        try (VerifiedContent content = files.read(file, file.currentVersion)) {
            return Optional.of(validator.validate(new FileDocument(content.path().toFile())));
        }
    }

    private IncomingView record(NewIncoming request, Optional<String> idempotencyKey,
            Optional<SignatureReport> report, SignatureCheck check, FileService.Actor actor) {
        Instant now = Instant.now(clock);
        RegisterDate today = RegisterDate.at(now);
        IncomingDocument document = new IncomingDocument();
        document.id = UUID.randomUUID();
        document.unitCode = actor.unitCode();
        document.year = today.year();
        document.incomingNumber = counter.next(actor.unitCode(), UNIT_SERIES, Series.INCOMING, today.year());
        document.sender = request.sender().strip();
        document.senderSymbol = Optional.ofNullable(request.senderSymbol()).map(String::strip).orElse(null);
        document.documentDate = request.documentDate();
        document.type = request.type();
        document.summary = request.summary().strip();
        document.receivedOn = today.date();
        document.fileId = request.fileId();
        document.signatureCheck = check;
        document.signatureReport = report.map(this::toJson).orElse(null);
        document.registeredAt = now;
        document.registeredBy = actor.username();
        document.idempotencyKey = idempotencyKey.orElse(null);
        entityManager.persist(document);
        outbox.append(EventType.INCOMING_DOCUMENT_REGISTERED, document.id.toString(), document.senderSymbol,
                new IncomingDocumentRegistered(document.id.toString(), document.unitCode, document.incomingNumber,
                        document.year, document.sender, document.senderSymbol, document.receivedOn, check, now));
        entityManager.flush();
        LOG.infof("Registered incoming document %d/%d of unit %s from %s (signatures: %s)", document.incomingNumber,
                document.year, document.unitCode, document.sender, check);
        return view(document);
    }

    private IncomingView view(IncomingDocument d) {
        SignatureReport report = d.signatureReport == null ? null : fromJson(d.signatureReport);
        return new IncomingView(d.id, d.unitCode, d.incomingNumber, d.year, d.sender, d.senderSymbol, d.documentDate,
                d.type, d.summary, d.receivedOn, d.fileId, d.signatureCheck, report, d.registeredAt, d.registeredBy);
    }

    private Optional<IncomingView> findByKey(String unitCode, String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from IncomingDocument where unitCode = :unit and idempotencyKey = :key",
                        IncomingDocument.class)
                .setParameter("unit", unitCode).setParameter("key", key)
                .getResultStream().findFirst().map(this::view));
    }

    private String toJson(SignatureReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignatureReport fromJson(String text) {
        try {
            return json.readValue(text, SignatureReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
