-- Citizen ratings (ServiceRated, score 1-5), once per dossier: rated_dossier keeps a second rating of the same
-- dossier (under another event id) from counting twice; rating_daily holds what the service index sums.
create table rated_dossier (
    dossier_id varchar(64) primary key
);

create table rating_daily (
    unit_code  varchar(64)  not null,
    field_code varchar(128) not null,
    day        date         not null,
    ratings    bigint       not null,
    score_sum  bigint       not null,
    low        bigint       not null, -- scores 1 and 2
    satisfied  bigint       not null, -- scores 4 and 5
    primary key (unit_code, day, field_code)
);
