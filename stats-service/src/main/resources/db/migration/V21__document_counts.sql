-- Daily counts from motcua.document per unit, field ('' when the event has none) and measure:
-- OUTGOING_<DeliveryMode>, INCOMING, SIGNED_<SignerRole>, DOSSIER_COMPONENTS_DIGITISED, DOSSIER_RESULT_DIGITISED.
create table document_daily (
    unit_code  varchar(64)  not null,
    field_code varchar(128) not null,
    measure    varchar(48)  not null,
    day        date         not null,
    count      bigint       not null,
    primary key (unit_code, day, measure, field_code)
);

-- What was counted, and where, whatever the event id: a document's registration, a signature (document, file and
-- version), and a dossier's digitised components or electronic result (counted once per dossier, on the earliest
-- day known: an earlier event arriving late moves the count to its day).
create table document_seen (
    subject    varchar(200) not null,
    kind       varchar(48)  not null,
    unit_code  varchar(64)  not null,
    field_code varchar(128) not null,
    day        date         not null,
    primary key (subject, kind)
);
