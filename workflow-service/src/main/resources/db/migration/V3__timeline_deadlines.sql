-- The timeline names the deadlines in force after each action and how the step or dossier finished.
alter table dossier_timeline
    add column due_at          timestamptz,   -- the dossier's due date after the action
    add column step_name       varchar(64),   -- the step the dossier is at after the action
    add column step_due_at     timestamptz,   -- that step's deadline
    add column step_timeliness varchar(8),    -- for a hand-off: how the step it ended finished
    add column timeliness      varchar(8);    -- for a resolution: how the dossier finished
