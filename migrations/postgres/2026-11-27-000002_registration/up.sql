-- Registration, the e-mail outbox and reminders.
CREATE TABLE registrations (
    id BIGSERIAL PRIMARY KEY,
    training_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    full_name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    country TEXT NOT NULL,
    sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'another', 'undisclosed')),
    age_band TEXT,
    status TEXT NOT NULL CHECK (status IN ('invited', 'pending', 'confirmed', 'waitlisted', 'awaiting_approval', 'cancelled', 'declined')),
    consent_at TIMESTAMP,
    link_nonce TEXT NOT NULL,
    queued_at TIMESTAMP,
    confirmed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (training_id, email)
);
CREATE INDEX registrations_status ON registrations (training_id, status, queued_at);

CREATE TABLE registration_tokens (
    id BIGSERIAL PRIMARY KEY,
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'invite')),
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    training_id BIGINT REFERENCES trainings(id) ON DELETE SET NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    ics_method TEXT,
    ics TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_training ON outbox (training_id, status);

CREATE TABLE reminders_sent (
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    session_id BIGINT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    offset_minutes INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (registration_id, session_id, offset_minutes)
);
