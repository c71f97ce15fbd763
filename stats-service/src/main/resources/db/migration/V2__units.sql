-- Units as intake-service publishes them on motcua.reference (UnitChanged carries the whole unit, so a
-- record replaces every row of its code). Versions have validity periods: the 2025 reform abolished
-- districts and merged communes, and a code can keep its name while its territory changes.
create table unit_version (
    code        varchar(16) not null,
    version     int         not null,
    name        text        not null,
    level       varchar(16) not null,
    parent_code varchar(16),
    valid_from  date,
    valid_to    date,
    primary key (code, version)
);

-- Where a unit's territory went when it ended or shrank.
create table unit_successor (
    code           varchar(16) not null,
    successor_code varchar(16) not null,
    effective_on   date        not null,
    primary key (code, successor_code)
);
