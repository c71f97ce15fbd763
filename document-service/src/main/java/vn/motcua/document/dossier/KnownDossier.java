package vn.motcua.document.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dossier as announced on {@code motcua.dossier}: which unit holds it and what procedure it follows. */
@Entity
@Table(name = "dossier")
public class KnownDossier {

    @Id
    public String code;

    @Column(nullable = false)
    public String id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(name = "field_code", nullable = false)
    public String fieldCode;

    /** When the desk received or accepted it; null while an online dossier waits for the desk. */
    @Column(name = "received_at")
    public Instant receivedAt;

    /** Submitted online and not yet accepted, refused or sent back by the desk: the citizen may still add files. */
    @Column(name = "awaiting_desk", nullable = false)
    public boolean awaitingDesk;

    /** {@code sha256:<hex>} of {@code <code>:<secret>}; the secret printed on the receipt. */
    @Column(name = "lookup_secret_hash")
    public String lookupSecretHash;

    /**
     * Submitted online by a signed-in citizen: HMAC-SHA256 (shared lookup-secret key) of the account's token subject,
     * hex; null without an account. The account sees the dossier's electronic results without the secret.
     */
    @Column(name = "owner_hash")
    public String ownerHash;
}
