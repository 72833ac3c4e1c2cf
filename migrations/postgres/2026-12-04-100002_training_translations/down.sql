ALTER TABLE trainings DROP COLUMN translations;
