ALTER TABLE certificates DROP COLUMN organisation_ids;
DROP TABLE organisation_logos;
