-- When the final due date was announced (a deadline extension or a resolution): the later announcement wins,
-- whatever order the events arrive in. Rows from before this column take their resolution's time.
alter table dossier_facts add column final_due_as_of timestamptz;
update dossier_facts set final_due_as_of = finished_at where final_due_at is not null and finish = 'RESOLVED';
