-- Issue 19 item 4: a dossier submitted online by a signed-in citizen is linked to the account (the token's subject,
-- Keycloak's opaque user id); GET /api/v1/me/dossiers lists a citizen's own. Null for everyone without an account.
ALTER TABLE dossier ADD COLUMN owner_subject TEXT;
CREATE INDEX dossier_owner ON dossier (owner_subject, submitted_at) WHERE owner_subject IS NOT NULL;
