ALTER TABLE registration_tokens DROP COLUMN details;
