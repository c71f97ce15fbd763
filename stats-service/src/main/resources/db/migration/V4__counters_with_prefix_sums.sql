-- Counters a report reads without scanning dossiers, for any period and any set of units:
--   counter_key   one row per (unit, field, procedure, channel, measure) that ever counted something;
--   day_count     what a key counted on a day (Asia/Ho_Chi_Minh);
--   month_through the key's running total from the beginning through the end of a month (a prefix sum),
--                 stored for the months in which the key counted something.
-- The total of a key through any day X is the last month_through row before X's month plus the day_count rows
-- of X's month up to X: two index look-ups and at most 31 rows, however long the history.
-- "In progress within deadline" at an instant is RECEIVED minus LEFT_DEADLINE through that day, so the due
-- date is no longer a dimension (see Measure.LEFT_DEADLINE).
create table counter_key (
    id             bigserial    primary key,
    unit_code      varchar(64)  not null,
    field_code     varchar(128) not null,
    procedure_code varchar(64)  not null,
    channel        varchar(16)  not null,
    measure        varchar(24)  not null,
    unique (unit_code, field_code, procedure_code, channel, measure)
);

create table day_count (
    key_id bigint not null references counter_key (id),
    day    date   not null,
    count  bigint not null,
    primary key (key_id, day)
);

create table month_through (
    key_id bigint not null references counter_key (id),
    month  date   not null, -- first day of the month
    count  bigint not null,
    primary key (key_id, month)
);

-- The former daily counters are recomputed from dossier_facts at start-up (CounterRecount).
drop table daily_count;
