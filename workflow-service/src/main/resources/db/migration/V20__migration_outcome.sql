-- Outcomes of dossiers imported from a legacy system (POST /api/v1/migration/dossiers/{id}/outcome):
-- one row per dossier, so applying the same outcome again changes nothing.
create table migration_outcome (
    dossier_id  varchar(64)  primary key references dossier_case (id),
    legacy_id   varchar(100) not null,
    outcome     varchar(16)  not null check (outcome in ('APPROVED', 'REJECTED', 'STOPPED', 'WITHDRAWN')),
    resolved_at timestamptz  not null,
    returned_at timestamptz,
    applied_at  timestamptz  not null,
    applied_by  varchar(128) not null
);
