-- Issue 19 item 4: a dossier submitted online is known from its DossierSubmittedOnline event, before the desk
-- accepts it (received_at is set then), and takes the citizen's own files only while it waits for the desk.
ALTER TABLE dossier ALTER COLUMN received_at DROP NOT NULL;
ALTER TABLE dossier ADD COLUMN awaiting_desk BOOLEAN NOT NULL DEFAULT FALSE;

-- SUBMITTED_ONLINE: a component's file uploaded by the applicant with the online submission.
ALTER TABLE stored_file DROP CONSTRAINT stored_file_provenance_check;
ALTER TABLE stored_file ADD CONSTRAINT stored_file_provenance_check CHECK (provenance IN
    ('DIGITISED_AT_RECEPTION', 'REUSED', 'RESULT', 'RECEIVED', 'DRAFTED', 'SUBMITTED_ONLINE'));
