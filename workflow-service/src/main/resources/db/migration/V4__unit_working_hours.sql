-- The receiving unit's working hours as DossierReceived announced them (null: the standard hours), so step
-- deadlines and supplement pauses count the hours the unit actually works.
alter table dossier_case
    add column working_weekdays varchar(64),
    add column working_sessions varchar(128);
