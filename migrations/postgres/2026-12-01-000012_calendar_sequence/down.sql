ALTER TABLE registrations DROP COLUMN calendar_sequence;
