package vn.motcua.intake.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.intake.catalogue.Component;

/** A dossier at reception (hồ sơ), including refused and incomplete requests. Holds the applicant's personal data. */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    public UUID id;

    /** Null for requests refused or found incomplete at the desk: they are never received. */
    public String code;

    @Enumerated(EnumType.STRING)
    public DossierStatus status;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "procedure_code")
    public String procedureCode;

    @Column(name = "procedure_version")
    public int procedureVersion;

    @Column(name = "field_code")
    public String fieldCode;

    public String level;

    @JdbcTypeCode(SqlTypes.JSON)
    public Applicant applicant;

    @JdbcTypeCode(SqlTypes.JSON)
    public Representative representative;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<HandedComponent> components;

    @Column(name = "missing_components")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Component> missingComponents;

    public String notes;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** When the desk accepted it: the clock starts here. */
    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "calendar_id")
    public String calendarId;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "lookup_secret_hash")
    public String lookupSecretHash;

    /** The account (token subject) of a citizen who submitted online signed in; null without an account. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    /** The identifier in the legacy system this dossier was imported from; null for dossiers received here. */
    @Column(name = "legacy_id")
    public String legacyId;

    @Version
    public int revision;
}
