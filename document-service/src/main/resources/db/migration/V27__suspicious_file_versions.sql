-- Issue 17 item 9: a RESULT PDF whose signatures were broken, changed after signing or do not validate
-- is accepted but marked, with the reason; every view of the file warns of it.
ALTER TABLE file_version ADD COLUMN suspicious BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE file_version ADD COLUMN suspicion_reason TEXT;
ALTER TABLE file_version ADD CONSTRAINT file_version_suspicion_reason
    CHECK (NOT suspicious OR suspicion_reason IS NOT NULL);
