-- One processing case per dossier received (hồ sơ đang giải quyết), opened from DossierReceived.
create table dossier_case (
    id                  varchar(64)  primary key,  -- the dossier id of DossierReceived, the Kafka key
    code                varchar(64)  not null unique,
    unit_code           varchar(32)  not null,
    procedure_code      varchar(64)  not null,
    procedure_version   integer      not null,
    field_code          varchar(64)  not null,
    level               varchar(16)  not null,
    channel             varchar(16)  not null,
    received_at         timestamptz  not null,
    due_at              timestamptz  not null,      -- after pauses and any extension
    original_due_at     timestamptz  not null,      -- as appointed on the receipt
    status              smallint     not null,      -- national status code 1-10
    lookup_secret_hash  varchar(80),
    assignee            varchar(128),
    paused_at           timestamptz,                -- set while a supplement is awaited (clock stopped)
    paused_working_minutes bigint    not null default 0,
    supplement_requests integer      not null default 0,
    extensions          integer      not null default 0,
    counted_late        boolean      not null default false, -- a second supplement request counts as late
    resolved_at         timestamptz,
    last_action_at      timestamptz,
    overdue_published   boolean      not null default false,
    version             bigint       not null default 0,
    opened_at           timestamptz  not null default now()
);
create index dossier_case_unit_status_due on dossier_case (unit_code, status, due_at);

-- Who did what, when and why (the process-control sheet, form 05).
create table dossier_timeline (
    id          bigserial    primary key,
    dossier_id  varchar(64)  not null references dossier_case (id),
    action      varchar(32)  not null,
    from_status smallint,
    to_status   smallint     not null,
    actor       varchar(128) not null,
    actor_unit  varchar(32),
    reason      text,
    at          timestamptz  not null
);
create index dossier_timeline_dossier on dossier_timeline (dossier_id, id);
