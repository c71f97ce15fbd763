-- The live consumer adds to existing buckets far more often than it creates them. With n inside the primary key
-- (include (n), V22) every such update wrote a new index entry besides the new row version; without it, and with
-- room left in each page (fillfactor, for pages written from now on), PostgreSQL updates the bucket in place
-- (a heap-only tuple update): the index is untouched. Reports read n from the heap.
alter table counter_count drop constraint counter_count_pkey;
alter table counter_count add primary key (key_id, grain, first_day);
alter table counter_count set (fillfactor = 80);
alter table dossier_facts set (fillfactor = 80);
