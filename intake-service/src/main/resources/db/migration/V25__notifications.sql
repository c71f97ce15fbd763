-- Notifications to the applicant (vn.motcua.intake.notification). Personal data: the contacts stay in this
-- database; no event carries them.

-- The applicant's consent per channel, given at reception, with the contact it applies to (null: no consent).
create table notification_consent (
    dossier_id uuid primary key, -- the dossier's id; written before the dossier row, in its transaction
    unit_code text not null,
    email varchar(254),
    phone varchar(30),
    given_at timestamptz not null default now(),
    check (email is not null or phone is not null)
);

-- The notification outbox and its delivery state: one row per (event, channel), so a redelivered event never
-- queues twice. The row's id is the provider's idempotency key (SMS) and the email's Message-ID.
create table notification (
    id uuid primary key,
    event_id varchar(200) not null,
    channel varchar(10) not null check (channel in ('EMAIL', 'SMS')),
    dossier_id uuid not null,
    unit_code text not null,
    kind varchar(40) not null,
    contact varchar(254) not null,
    subject varchar(500),
    body text not null,
    status varchar(10) not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts int not null default 0,
    last_error varchar(1000),
    created_at timestamptz not null default now(),
    next_attempt_at timestamptz not null default now(),
    delivered_at timestamptz,
    unique (event_id, channel)
);
-- the sender's queue: only what is still to be sent is indexed
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_of_dossier on notification (dossier_id, created_at);
