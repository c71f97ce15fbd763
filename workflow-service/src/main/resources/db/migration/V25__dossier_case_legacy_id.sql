-- Issue 13 item 7: a case opened for a dossier the legacy import created keeps the legacy record's id
-- (DossierReceived.legacyId); only such a case takes a legacy outcome, never a live dossier.
alter table dossier_case add column legacy_id varchar(100);
