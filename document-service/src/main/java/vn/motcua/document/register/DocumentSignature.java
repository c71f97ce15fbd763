package vn.motcua.document.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.contracts.document.SignerRole;

/** A digital signature put on an outgoing document's PDF: by the competent person, or by the organisation. */
@Entity
@Table(name = "document_signature")
@IdClass(DocumentSignature.Key.class)
public class DocumentSignature {

    /** One signature per role per document. */
    public record Key(UUID documentId, SignerRole role) implements Serializable {
    }

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @Id
    @Enumerated(EnumType.STRING)
    public SignerRole role;

    @Column(name = "signer_username", nullable = false)
    public String signerUsername;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "certificate_serial", nullable = false)
    public String certificateSerial;

    @Column(name = "signature_level", nullable = false)
    public String signatureLevel;

    @Column(name = "file_version", nullable = false)
    public int fileVersion;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;
}
