package vn.motcua.document.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.contracts.document.DeliveryMode;

/** An outgoing document (văn bản đi): a draft until numbered in the register, then issued. */
@Entity
@Table(name = "outgoing_document")
public class OutgoingDocument {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    /** Abbreviation of the issuing organisation in the symbol, e.g. UBND; with the unit, names the series. */
    @Column(nullable = false, updatable = false)
    public String issuer;

    /** Abbreviation of the drafting unit or field, for official letters: {@code UBND-VP}. */
    @Column(name = "drafting_unit", updatable = false)
    public String draftingUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    public DocumentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Series series;

    /** Trích yếu: what the document is about. */
    @Column(nullable = false)
    public String summary;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_title")
    public String signerTitle;

    /** Nơi nhận. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> recipients;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    public DeliveryMode deliveryMode;

    @Column(name = "dossier_code", updatable = false)
    public String dossierCode;

    @Column(name = "file_id", updatable = false)
    public UUID fileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutgoingStatus status;

    public Integer number;

    public Integer year;

    public String symbol;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    /** The file version issued: what the applicant downloads, whatever happens to the file afterwards. */
    @Column(name = "issued_file_version")
    public Integer issuedFileVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
