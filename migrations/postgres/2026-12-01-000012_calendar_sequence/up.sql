-- Added to every SEQUENCE in this participant's invites. Cancelling a confirmed place sends
-- CANCEL at SEQUENCE + 1 and raises this by 2, so that registering again sends a REQUEST with a
-- higher SEQUENCE than that CANCEL: calendars ignore an update older than what they hold.
ALTER TABLE registrations ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0;
