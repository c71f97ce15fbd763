package vn.motcua.document.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.contracts.document.SignatureCheck;

/** A document received from another organisation (văn bản đến), with its incoming number. */
@Entity
@Table(name = "incoming_document")
public class IncomingDocument {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "incoming_number", nullable = false, updatable = false)
    public int incomingNumber;

    @Column(nullable = false, updatable = false)
    public int year;

    /** Cơ quan ban hành. */
    @Column(nullable = false)
    public String sender;

    /** The sender's number and symbol, e.g. 45/UBND-VP. */
    @Column(name = "sender_symbol")
    public String senderSymbol;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    public DocumentType type;

    @Column(nullable = false)
    public String summary;

    @Column(name = "received_on", nullable = false, updatable = false)
    public LocalDate receivedOn;

    @Column(name = "file_id", updatable = false)
    public UUID fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_check", nullable = false)
    public SignatureCheck signatureCheck;

    /** The validation report of the received file's signatures, as JSON text. */
    @Column(name = "signature_report")
    public String signatureReport;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    public String registeredBy;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;
}
