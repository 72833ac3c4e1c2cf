-- When the person's details (e-mail address, name, organisation) were erased: at their own
-- request from their page, by an organiser, or privacy.erase_registrations_after_days after
-- the training's last session. The row stays, with country, sex and age band, for the counts.
ALTER TABLE registrations ADD COLUMN erased_at TIMESTAMP;
