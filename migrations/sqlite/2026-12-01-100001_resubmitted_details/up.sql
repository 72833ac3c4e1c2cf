-- A second submission of the form for an address that has not confirmed yet changes nothing
-- stored: its details (name, organisation, country, sex, age band, as JSON) wait on the
-- confirmation link sent to that address, and are applied only when that link is used.
ALTER TABLE registration_tokens ADD COLUMN details TEXT;
