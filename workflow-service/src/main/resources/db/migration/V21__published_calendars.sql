-- Working calendars as intake publishes them on motcua.reference (vn.motcua.calendar.published.v1): the
-- national one ('default') and units' own. A unit's calendar holds only what it overrides: its hours (null:
-- the default's) and whole holiday years. Replaced as a whole by each event.
create table published_calendar (
    id           varchar(16) primary key,
    weekdays     varchar(64),
    sessions     varchar(128),
    revision     bigint      not null default 1,
    published_at timestamptz not null
);

create table published_calendar_day (
    calendar_id varchar(16)  not null references published_calendar (id) on delete cascade,
    year        integer      not null,
    day         date         not null,
    kind        varchar(16)  not null,
    name        varchar(200) not null,
    source      varchar(200) not null,
    primary key (calendar_id, day)
);
