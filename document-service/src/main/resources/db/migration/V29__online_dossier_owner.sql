-- Issue 19: a dossier submitted online by a signed-in citizen carries the account's owner hash (HMAC-SHA256 under
-- the shared lookup-secret key of the token subject, hex; from DossierSubmittedOnline). Its issued electronic
-- results are served to that account (GET /api/v1/me/dossiers/{code}/results) without the lookup secret.
ALTER TABLE dossier ADD COLUMN owner_hash TEXT;
