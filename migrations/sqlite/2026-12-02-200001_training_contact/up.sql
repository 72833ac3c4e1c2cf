-- The address participants write to about a training: shown on its public page, on its
-- privacy notice and at the foot of every e-mail sent to them. NULL: the lead organiser's
-- account address (read when shown, so it follows whoever leads).
ALTER TABLE trainings ADD COLUMN contact_email TEXT;
