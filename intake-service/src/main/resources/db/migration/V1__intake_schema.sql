-- intake-service: administrative units, the procedure catalogue, working calendars, dossier reception.
-- Instants are UTC (timestamptz); dates are Vietnamese calendar dates (Asia/Ho_Chi_Minh).

-- Accent- and case-insensitive search key for Vietnamese text: "Đăng ký khai sinh" -> "dang ky khai sinh".
-- NFD splits letters from their tone and vowel marks, which are then dropped; đ/Đ have no decomposition
-- and are mapped by hand. IMMUTABLE, so it can define a stored generated column.
CREATE FUNCTION motcua_search_key(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(translate(regexp_replace(normalize(t, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dD')) $$;

-- Administrative units (đơn vị hành chính), effective-dated: one row per version of a national code.
-- A code is permanent and never reused; in a merger the new unit keeps one predecessor's code, so a
-- code can keep its name while its territory changes: that is a new version.
CREATE TABLE admin_unit (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code               TEXT    NOT NULL,
    version            INT     NOT NULL CHECK (version >= 1),
    name               TEXT    NOT NULL,
    level              TEXT    NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    parent_code        TEXT,
    -- agency electronic identifier (QCVN 102:2016), the first part of dossier codes
    electronic_id      TEXT CHECK (electronic_id ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$'),
    electronic_id_demo BOOLEAN NOT NULL DEFAULT FALSE,
    -- null: in force since before the platform's records
    valid_from         DATE,
    -- first day no longer in force; null while in force
    valid_to           DATE,
    note               TEXT,
    revision           INT     NOT NULL DEFAULT 0,
    UNIQUE (code, version),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX admin_unit_parent ON admin_unit (parent_code);

-- Where an ended or shrunk unit's territory went (e.g. the districts abolished on 2025-07-01).
CREATE TABLE admin_unit_successor (
    predecessor_code TEXT NOT NULL,
    successor_code   TEXT NOT NULL,
    effective_on     DATE NOT NULL,
    PRIMARY KEY (predecessor_code, successor_code),
    CHECK (predecessor_code <> successor_code)
);

-- Fields (lĩnh vực) of the catalogue.
CREATE TABLE procedure_field (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

-- Procedures (thủ tục hành chính), one row per version; a dossier keeps the version it was received under.
CREATE TABLE procedure_version (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              TEXT    NOT NULL CHECK (code ~ '^[0-9]\.[0-9]{6}$'),
    version           INT     NOT NULL CHECK (version >= 1),
    name              TEXT    NOT NULL,
    field_code        TEXT    NOT NULL REFERENCES procedure_field (code),
    levels            TEXT[]  NOT NULL CHECK (cardinality(levels) >= 1
                                              AND levels <@ ARRAY['PROVINCE', 'DISTRICT', 'COMMUNE']),
    processing_amount INT     NOT NULL CHECK (processing_amount >= 0),
    processing_unit   TEXT    NOT NULL CHECK (processing_unit IN ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS')),
    cut_off           TIME,
    -- the statute's wording of the processing time, printed for the citizen
    processing_note   TEXT,
    components        JSONB   NOT NULL,
    forms             JSONB   NOT NULL DEFAULT '[]',
    fees              JSONB   NOT NULL DEFAULT '[]',
    online_level      TEXT    NOT NULL CHECK (online_level IN ('FULL', 'PARTIAL', 'NONE')),
    result_on_paper   BOOLEAN NOT NULL,
    legal_basis       TEXT,
    -- which values are demo data rather than confirmed from the statute (processingTime, fees, ...)
    demo_values       TEXT[]  NOT NULL DEFAULT '{}',
    valid_from        DATE    NOT NULL,
    valid_to          DATE,
    published_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    search_key        TEXT GENERATED ALWAYS AS (motcua_search_key(code || ' ' || name)) STORED,
    UNIQUE (code, version),
    CHECK (valid_to IS NULL OR valid_from < valid_to)
);

-- Working calendars: 'default' and, optionally, one per unit (id = unit code). A unit calendar with null
-- hours uses the default hours; its holiday years replace the default's for those years only.
CREATE TABLE working_calendar (
    id         TEXT PRIMARY KEY,
    weekdays   TEXT,
    sessions   TEXT,
    revision   INT         NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (id <> 'default' OR (weekdays IS NOT NULL AND sessions IS NOT NULL)),
    CHECK ((weekdays IS NULL) = (sessions IS NULL))
);
INSERT INTO working_calendar (id, weekdays, sessions) VALUES ('default', 'MON-FRI', '07:00-11:30,13:30-17:00');

-- Announced days off and swapped working days (one announcement year per calendar and year).
CREATE TABLE calendar_day (
    calendar_id TEXT NOT NULL REFERENCES working_calendar (id),
    year        INT  NOT NULL,
    day         DATE NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    name        TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (calendar_id, day)
);
CREATE INDEX calendar_day_year ON calendar_day (calendar_id, year);

-- Dossiers at reception (hồ sơ), including refused and incomplete requests, which never get a code.
-- Personal data of applicants stays in this table; events carry none of it.
CREATE TABLE dossier (
    id                 UUID PRIMARY KEY,
    code               TEXT UNIQUE,
    status             TEXT        NOT NULL CHECK (status IN ('SUBMITTED_ONLINE', 'SUPPLEMENT_REQUESTED', 'ACCEPTED',
                                                              'REFUSED', 'INCOMPLETE')),
    channel            TEXT        NOT NULL CHECK (channel IN ('IN_PERSON', 'ONLINE', 'POSTAL')),
    unit_code          TEXT        NOT NULL,
    procedure_code     TEXT        NOT NULL,
    procedure_version  INT         NOT NULL,
    field_code         TEXT        NOT NULL,
    level              TEXT        NOT NULL,
    applicant          JSONB       NOT NULL,
    representative     JSONB,
    components         JSONB       NOT NULL,
    missing_components JSONB       NOT NULL DEFAULT '[]',
    notes              TEXT,
    refusal_reason     TEXT,
    submitted_at       TIMESTAMPTZ,
    received_at        TIMESTAMPTZ,
    due_at             TIMESTAMPTZ,
    calendar_id        TEXT,
    decided_at         TIMESTAMPTZ NOT NULL,
    decided_by         TEXT,
    -- sha256 of '<code>:<secret>'; the secret itself is shown once and printed on the receipt only
    lookup_secret_hash TEXT,
    revision           INT         NOT NULL DEFAULT 0,
    CHECK (status NOT IN ('ACCEPTED', 'SUBMITTED_ONLINE', 'SUPPLEMENT_REQUESTED') OR code IS NOT NULL),
    CHECK (status <> 'ACCEPTED' OR (received_at IS NOT NULL AND due_at IS NOT NULL))
);
CREATE INDEX dossier_unit_status ON dossier (unit_code, status, decided_at);

-- The daily sequence of dossier codes per unit. Taken with INSERT .. ON CONFLICT DO UPDATE .. RETURNING
-- in the reception's transaction: the row lock serialises concurrent receptions of one unit and day, and
-- a rolled-back reception gives its number back, so the sequence has no gaps and no duplicates.
CREATE TABLE dossier_code_counter (
    unit_code  TEXT NOT NULL,
    day        DATE NOT NULL,
    last_value INT  NOT NULL CHECK (last_value >= 1),
    PRIMARY KEY (unit_code, day)
);

-- Idempotency-Key of reception requests: a retried request returns the dossier of the first.
CREATE TABLE reception_request (
    scope           TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    dossier_id      UUID        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idempotency_key)
);

-- Who changed what, when and why (every state-changing action of this service).
CREATE TABLE audit_entry (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    user_id   TEXT,
    unit_code TEXT,
    action    TEXT        NOT NULL,
    subject   TEXT        NOT NULL,
    reason    TEXT
);
CREATE INDEX audit_entry_subject ON audit_entry (subject, at);

-- What was last published on motcua.reference for each key, so a change (by the admin API or by a
-- migration shipping data) is published once and an unchanged unit or procedure is not republished.
CREATE TABLE reference_publication (
    event_type   TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    content_hash TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_type, key)
);
