ALTER TABLE trainings DROP COLUMN contact_email;
