-- Counters whose write cost does not grow with an event's age (replaces V4's prefix sums, whose every change
-- rewrote the running total of each later day: a year-old correction moved up to a year of rows).
--   counter_count  per counter key, the dossiers counted in a bucket: a day ('D', first_day = the day), a month
--                  ('M', its first day) and a year ('Y', 1 January). Every tally adds to one
--                  bucket of each grain: three rows, whatever its day.
-- The total of a key through day X is the sum of its year buckets before X's year, its month buckets of X's year
-- before X's month and its day buckets of X's month up to X: three index range scans of at most a few years,
-- 11 months and 31 days.
create table counter_count (
    key_id bigint  not null references counter_key (id),
    grain  char(1) not null check (grain in ('D', 'M', 'Y')),
    first_day  date    not null,
    n      bigint  not null,
    primary key (key_id, grain, first_day) include (n)
);

-- The prefix sums become day counts (each row minus the one before it), then months and years of them.
insert into counter_count (key_id, grain, first_day, n)
select key_id, 'D', day, through - coalesce(lag(through) over (partition by key_id order by day), 0)
from day_through;

insert into counter_count (key_id, grain, first_day, n)
select key_id, 'M', date_trunc('month', first_day)::date, sum(n) from counter_count where grain = 'D'
group by key_id, date_trunc('month', first_day);

insert into counter_count (key_id, grain, first_day, n)
select key_id, 'Y', date_trunc('year', first_day)::date, sum(n) from counter_count where grain = 'D'
group by key_id, date_trunc('year', first_day);

drop table day_through;
