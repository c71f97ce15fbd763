-- Issue 17 item 2: a fee requested or paid keeps its amount and, once paid, the receipt number (số biên lai), shown
-- in the timeline, the dossier view and form 05.
alter table dossier_timeline
    add column amount_vnd     bigint,
    add column receipt_number varchar(64);
-- The dossier's fee as it stands, shown wherever the dossier is (the timeline keeps each request and payment).
alter table dossier_case
    add column fee_requested_vnd  bigint,       -- the last amount requested
    add column fee_paid_vnd       bigint,       -- all payments recorded, added up
    add column fee_receipt_number varchar(64),  -- the last payment's receipt
    add column fee_paid_at        timestamptz;

-- Issue 17 item 5: procedures as intake publishes them on motcua.reference (vn.motcua.procedure.published.v1), for
-- their names on form 05; one row per version, replaced by each publication.
create table published_procedure (
    code       varchar(64)  not null,
    version    integer      not null,
    name       text         not null,
    field_name varchar(200),
    primary key (code, version)
);
