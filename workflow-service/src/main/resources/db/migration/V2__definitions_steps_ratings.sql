-- Processing definitions (quy trình nội bộ) per procedure, versioned. The built-in default (procedure '*',
-- version 1: receive -> appraise -> approve -> issue -> return) lives in code; rows here are what admins add.
create table processing_definition (
    procedure_code varchar(64)  not null,
    version        integer      not null,
    steps          jsonb        not null,
    created_at     timestamptz  not null,
    created_by     varchar(128) not null,
    primary key (procedure_code, version)
);

-- A running dossier keeps the definition version it started with, and the total working time its steps share.
alter table dossier_case
    add column definition_code       varchar(64) not null default '*',
    add column definition_version    integer     not null default 1,
    add column total_working_minutes bigint      not null default 0,
    add column step_number           integer     not null default 1,
    add column missing               text;        -- what the applicant must supply while a supplement is awaited

-- One row per step leg: who held it, its deadline, and how it ended (the process-control sheet, form 05).
create table dossier_step (
    id          bigserial    primary key,
    dossier_id  varchar(64)  not null references dossier_case (id),
    step_number integer      not null,
    step_name   varchar(64)  not null,
    role        varchar(32)  not null,
    holder      varchar(128) not null,
    holder_kind varchar(16)  not null,   -- PERSON, DEPARTMENT or AGENCY
    handed_by   varchar(128) not null,
    started_at  timestamptz  not null,
    due_at      timestamptz  not null,
    ended_at    timestamptz,
    ended_by    varchar(128),
    ended_with  varchar(32),             -- the action that ended the leg
    timeliness  varchar(8)               -- EARLY, ON_TIME or LATE, once ended
);
-- at most one open leg per dossier
create unique index dossier_step_open on dossier_step (dossier_id) where ended_at is null;
create index dossier_step_dossier on dossier_step (dossier_id, id);

-- The applicant's rating once the result is returned (đánh giá mức độ hài lòng); one per dossier.
create table dossier_rating (
    dossier_id varchar(64)  primary key references dossier_case (id),
    score      smallint     not null check (score between 1 and 5),
    comment    text,
    rated_at   timestamptz  not null
);

-- The only personal data the public status lookup shows (from DossierReceived, when the producer sends it).
alter table dossier_case add column applicant_initials varchar(16);
