-- Issue 13 item 9. The daily counter of dossier codes was keyed by unit code, but a code's prefix is the
-- unit's electronic identifier, which several units may share (a merged commune keeps its old identifier):
-- two units then numbered the same codes. Key it by the prefix actually printed, and start each
-- (prefix, day) at the highest sequence already used, imported legacy codes included.
DELETE FROM dossier_code_counter;
ALTER TABLE dossier_code_counter RENAME COLUMN unit_code TO prefix;
INSERT INTO dossier_code_counter (prefix, day, last_value)
SELECT substring(code from '^(.+)-[0-9]{6}-[0-9]{4,9}$'),
       to_date(substring(code from '-([0-9]{6})-[0-9]{4,9}$'), 'YYMMDD'),
       max(substring(code from '-([0-9]{4,9})$')::int)
FROM dossier
WHERE code ~ '^.+-[0-9]{6}-[0-9]{4,9}$'
GROUP BY 1, 2;
