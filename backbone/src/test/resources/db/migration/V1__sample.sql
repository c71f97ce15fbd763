-- A tiny aggregate and projection that exercise the backbone in its own tests.
CREATE TABLE sample_dossier (
    id        UUID PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    unit_code TEXT NOT NULL
);
CREATE TABLE received_count (
    unit_code TEXT PRIMARY KEY,
    received  INT  NOT NULL
);
