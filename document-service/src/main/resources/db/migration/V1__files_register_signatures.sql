-- document-service: dossier files and their versions, the official document register (outgoing and
-- incoming), signatures and signing certificates. Instants are UTC (timestamptz); business dates
-- (document date, received date) are dates in Asia/Ho_Chi_Minh.

-- Dossiers as announced on motcua.dossier (vn.motcua.dossier.received.v1): which unit holds each,
-- and its procedure and field, so that files can be scoped and digitisation counted without
-- asking the intake service.
CREATE TABLE dossier (
    code               TEXT PRIMARY KEY,
    id                 TEXT        NOT NULL,
    unit_code          TEXT        NOT NULL,
    procedure_code     TEXT        NOT NULL,
    field_code         TEXT        NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL,
    lookup_secret_hash TEXT
);
CREATE INDEX dossier_unit ON dossier (unit_code);

-- A file is a slot (a dossier component, a result, a received document); its content lives in
-- versions that are never overwritten.
CREATE TABLE stored_file (
    id              UUID PRIMARY KEY,
    unit_code       TEXT        NOT NULL,
    dossier_code    TEXT REFERENCES dossier (code),
    component       TEXT,
    provenance      TEXT        NOT NULL CHECK (provenance IN
                        ('DIGITISED_AT_RECEPTION', 'REUSED', 'RESULT', 'RECEIVED', 'DRAFTED')),
    reused_from     UUID REFERENCES stored_file (id),
    current_version INT         NOT NULL CHECK (current_version >= 1),
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT        NOT NULL,
    idempotency_key TEXT,
    row_version     BIGINT      NOT NULL DEFAULT 0,
    CHECK (provenance IN ('RECEIVED', 'DRAFTED') OR dossier_code IS NOT NULL)
);
CREATE INDEX stored_file_dossier ON stored_file (dossier_code);
CREATE UNIQUE INDEX stored_file_idempotency ON stored_file (unit_code, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE TABLE file_version (
    file_id       UUID        NOT NULL REFERENCES stored_file (id),
    version       INT         NOT NULL CHECK (version >= 1),
    storage_key   TEXT        NOT NULL,
    sha256        CHAR(64)    NOT NULL,
    size_bytes    BIGINT      NOT NULL CHECK (size_bytes > 0),
    content_type  TEXT        NOT NULL,
    original_name TEXT,
    note          TEXT,
    stored_at     TIMESTAMPTZ NOT NULL,
    stored_by     TEXT        NOT NULL,
    PRIMARY KEY (file_id, version)
);

-- Content written to storage whose record is not committed yet. A crash between the two leaves a
-- row here, and the sweeper deletes the orphan content; a committed upload removes its row.
CREATE TABLE pending_blob (
    storage_key TEXT PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL
);

-- Number series: outgoing per organisation (unit + issuer abbreviation) and year, a separate one
-- for secret documents, and the incoming series per unit and year. The row is incremented in the
-- registering transaction, so a rolled-back registration leaves no gap.
CREATE TABLE register_counter (
    unit_code   TEXT NOT NULL,
    issuer      TEXT NOT NULL,
    series      TEXT NOT NULL CHECK (series IN ('ORDINARY', 'SECRET', 'INCOMING')),
    year        INT  NOT NULL,
    last_number INT  NOT NULL CHECK (last_number >= 1),
    PRIMARY KEY (unit_code, issuer, series, year)
);

CREATE TABLE outgoing_document (
    id              UUID PRIMARY KEY,
    unit_code       TEXT        NOT NULL,
    issuer          TEXT        NOT NULL,
    drafting_unit   TEXT,
    document_type   TEXT        NOT NULL,
    series          TEXT        NOT NULL CHECK (series IN ('ORDINARY', 'SECRET')),
    summary         TEXT        NOT NULL,
    signer_name     TEXT        NOT NULL,
    signer_title    TEXT,
    recipients      TEXT[]      NOT NULL,
    delivery_mode   TEXT        NOT NULL CHECK (delivery_mode IN ('FULLY_ELECTRONIC', 'PAPER_ONLY', 'ELECTRONIC_AND_PAPER')),
    dossier_code    TEXT REFERENCES dossier (code),
    file_id         UUID REFERENCES stored_file (id),
    status          TEXT        NOT NULL,
    number          INT,
    year            INT,
    symbol          TEXT,
    document_date   DATE,
    registered_at   TIMESTAMPTZ,
    registered_by   TEXT,
    issued_at       TIMESTAMPTZ,
    issued_by       TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT        NOT NULL,
    idempotency_key TEXT,
    row_version     BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (unit_code, issuer, series, year, number),
    CHECK ((number IS NULL) = (year IS NULL) AND (number IS NULL) = (symbol IS NULL))
);
CREATE INDEX outgoing_document_register ON outgoing_document (unit_code, series, document_date);
CREATE INDEX outgoing_document_dossier ON outgoing_document (dossier_code);
CREATE UNIQUE INDEX outgoing_document_idempotency ON outgoing_document (unit_code, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE TABLE document_signature (
    document_id        UUID        NOT NULL REFERENCES outgoing_document (id),
    role               TEXT        NOT NULL CHECK (role IN ('PERSON', 'ORGANISATION')),
    signer_username    TEXT        NOT NULL,
    signer_name        TEXT        NOT NULL,
    certificate_serial TEXT        NOT NULL,
    signature_level    TEXT        NOT NULL,
    file_version       INT         NOT NULL,
    signed_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (document_id, role)
);

CREATE TABLE incoming_document (
    id               UUID PRIMARY KEY,
    unit_code        TEXT        NOT NULL,
    incoming_number  INT         NOT NULL CHECK (incoming_number >= 1),
    year             INT         NOT NULL,
    sender           TEXT        NOT NULL,
    sender_symbol    TEXT,
    document_date    DATE,
    document_type    TEXT,
    summary          TEXT        NOT NULL,
    received_on      DATE        NOT NULL,
    file_id          UUID REFERENCES stored_file (id),
    signature_check  TEXT        NOT NULL,
    signature_report TEXT,
    registered_at    TIMESTAMPTZ NOT NULL,
    registered_by    TEXT        NOT NULL,
    idempotency_key  TEXT,
    UNIQUE (unit_code, year, incoming_number)
);
CREATE INDEX incoming_document_register ON incoming_document (unit_code, received_on);
CREATE UNIQUE INDEX incoming_document_idempotency ON incoming_document (unit_code, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- Who holds a signing certificate (the reference case reports 12 of 47 officials): one active
-- certificate per person or organisation, enrolled by an administrator.
CREATE TABLE signing_certificate (
    id              UUID PRIMARY KEY,
    unit_code       TEXT        NOT NULL,
    holder_kind     TEXT        NOT NULL CHECK (holder_kind IN ('PERSON', 'ORGANISATION')),
    holder_username TEXT,
    holder_name     TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    issuer          TEXT        NOT NULL,
    serial_hex      TEXT        NOT NULL,
    not_before      TIMESTAMPTZ NOT NULL,
    not_after       TIMESTAMPTZ NOT NULL,
    keystore        TEXT        NOT NULL,
    enrolled_at     TIMESTAMPTZ NOT NULL,
    enrolled_by     TEXT        NOT NULL,
    revoked_at      TIMESTAMPTZ,
    UNIQUE (issuer, serial_hex),
    CHECK ((holder_kind = 'PERSON') = (holder_username IS NOT NULL))
);
CREATE UNIQUE INDEX signing_certificate_active_holder
    ON signing_certificate (unit_code, holder_kind, coalesce(holder_username, ''))
    WHERE revoked_at IS NULL;
