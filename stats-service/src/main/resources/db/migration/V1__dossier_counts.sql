-- What stats-service knows of each dossier, merged from its events in any order (see DossierFacts).
create table dossier_facts (
    dossier_id      varchar(64) primary key,
    unit_code       varchar(64),
    field_code      varchar(128),
    procedure_code  varchar(64),
    channel         varchar(16),
    received_at     timestamptz,
    received_due_at timestamptz,
    final_due_at    timestamptz,
    finish          varchar(16),
    finished_at     timestamptz,
    refused_at      timestamptz
);

-- Daily counters: how many dossiers of a unit, field, procedure and channel were received, resolved
-- (early, on time, late), withdrawn or refused on a day (Asia/Ho_Chi_Minh), by due date.
-- due_on lets "in progress within deadline at a period's end" be counted without reading dossiers;
-- for refusals, which have no due date, it is the day itself.
create table daily_count (
    unit_code      varchar(64)  not null,
    field_code     varchar(128) not null,
    procedure_code varchar(64)  not null,
    channel        varchar(16)  not null,
    measure        varchar(24)  not null,
    day            date         not null,
    due_on         date         not null,
    count          bigint       not null,
    primary key (unit_code, day, measure, due_on, field_code, procedure_code, channel)
);
