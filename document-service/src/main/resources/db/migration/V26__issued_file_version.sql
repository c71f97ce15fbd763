-- Issue 13 item 6: an issued result is the file version that was issued, pinned on the document; the
-- applicant downloads exactly that. Documents issued before this migration issued their file's version of
-- that moment, which no later version could follow (registration now freezes the file; before, the current
-- version is the best record there is).
ALTER TABLE outgoing_document ADD COLUMN issued_file_version INT;
UPDATE outgoing_document d SET issued_file_version = f.current_version
FROM stored_file f WHERE f.id = d.file_id AND d.status = 'ISSUED';
ALTER TABLE outgoing_document ADD CONSTRAINT outgoing_document_issued_version
    CHECK (status <> 'ISSUED' OR file_id IS NULL OR issued_file_version IS NOT NULL);
