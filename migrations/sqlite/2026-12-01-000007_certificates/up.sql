-- Certificates: issued once per registration, verifiable by code, revocable with a reason.
-- What the certificate says (holder, training, organisers, dates, hours) is copied at issue
-- time: a certificate states what was true when it was issued, and later edits of the training
-- must not change a printed, signed document.
CREATE TABLE certificates (
    id INTEGER PRIMARY KEY,
    -- the human-readable code (12 characters, Crockford base32, last one a check character)
    code TEXT NOT NULL UNIQUE,
    registration_id BIGINT NOT NULL UNIQUE REFERENCES registrations(id) ON DELETE RESTRICT,
    training_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE RESTRICT,
    -- the lead organisation, the Open Badges issuer
    issuer_organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    outcome TEXT NOT NULL CHECK (outcome IN ('attended', 'certified_trainer')),
    status TEXT NOT NULL CHECK (status IN ('issuing', 'issued', 'revoked')),
    holder_name TEXT NOT NULL,
    holder_email TEXT NOT NULL,
    -- the Open Badges credentialSubject id (urn:uuid:...), the same for every certificate of one e-mail
    subject_uuid TEXT NOT NULL,
    training_title TEXT NOT NULL,
    -- organiser organisations, lead first, one per line
    organisers TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    -- the training's scheduled time and what the holder attended
    scheduled_minutes INTEGER NOT NULL,
    sessions_attended INTEGER NOT NULL,
    sessions_total INTEGER NOT NULL,
    minutes_attended INTEGER,
    criteria TEXT NOT NULL,
    issued_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    issued_at TIMESTAMP NOT NULL,
    -- a renderer's lease, as in the outbox: another instance takes over when it runs out
    locked_until TIMESTAMP,
    revoked_at TIMESTAMP,
    revoked_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    revocation_reason TEXT,
    CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
);
CREATE INDEX certificates_training ON certificates (training_id, id);
CREATE INDEX certificates_issuing ON certificates (status, id);
CREATE INDEX certificates_holder ON certificates (holder_email);

-- What the certificate worker renders (a certificate is 'issuing' until its row is here): in a
-- table of their own, so that reading a certificate never walks past a 30 KB PDF (in SQLite a
-- column after a large blob is read through the blob's overflow pages).
CREATE TABLE certificate_documents (
    certificate_id BIGINT PRIMARY KEY REFERENCES certificates(id) ON DELETE CASCADE,
    pdf BLOB NOT NULL,
    credential_jwt TEXT NOT NULL
);

-- The public half of every key that has signed credentials, so that every instance publishes
-- all of them in /.well-known/jwks.json, and old keys stay published after a rotation.
CREATE TABLE credential_keys (
    kid TEXT PRIMARY KEY,
    public_jwk TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Files attached to a queued e-mail (a certificate's PDF); deleted once the e-mail is sent.
CREATE TABLE outbox_attachments (
    id INTEGER PRIMARY KEY,
    outbox_id BIGINT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content BLOB NOT NULL
);
CREATE INDEX outbox_attachments_outbox ON outbox_attachments (outbox_id);
