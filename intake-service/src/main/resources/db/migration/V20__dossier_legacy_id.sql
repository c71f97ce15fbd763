-- Dossiers imported from a legacy system (POST /api/v1/migration/dossiers) keep the legacy system's
-- identifier: unique, so importing the same record twice finds the first instead of a duplicate.
ALTER TABLE dossier ADD COLUMN legacy_id TEXT;
CREATE UNIQUE INDEX dossier_legacy_id ON dossier (legacy_id) WHERE legacy_id IS NOT NULL;
