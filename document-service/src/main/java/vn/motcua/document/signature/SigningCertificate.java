package vn.motcua.document.signature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.contracts.document.SignerRole;

/** A signing certificate enrolled for an official (PERSON) or for the unit's organisation signature. */
@Entity
@Table(name = "signing_certificate")
public class SigningCertificate {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false)
    public SignerRole holderKind;

    @Column(name = "holder_username")
    public String holderUsername;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "serial_hex", nullable = false)
    public String serialHex;

    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Column(name = "not_after", nullable = false)
    public Instant notAfter;

    /** Path of the PKCS#12 keystore, relative to the keystore directory. */
    @Column(nullable = false)
    public String keystore;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false)
    public String enrolledBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean isValidAt(Instant instant) {
        return revokedAt == null && !instant.isBefore(notBefore) && instant.isBefore(notAfter);
    }
}
