-- Foundation: accounts, sign-in links, organisations, trainings, sessions, organisers.
-- Timestamps are UTC, written by the application.
CREATE TABLE accounts (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT,
    is_admin BOOLEAN NOT NULL DEFAULT FALSE,
    sessions_revoked_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE sign_in_tokens (
    id BIGSERIAL PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE organisations (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL CHECK (char_length(country) = 2),
    website TEXT,
    logo_url TEXT,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (name, country)
);

CREATE TABLE trainings (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('tot', 'technical_webinar', 'e_consultation', 'peer_exchange')),
    timezone TEXT NOT NULL,
    language TEXT NOT NULL,
    capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
    registration_opens_at TIMESTAMP,
    registration_closes_at TIMESTAMP,
    registration_mode TEXT NOT NULL CHECK (registration_mode IN ('open', 'approval', 'invitation')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'completed', 'cancelled')),
    version BIGINT NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE training_sessions (
    id BIGSERIAL PRIMARY KEY,
    training_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    join_url TEXT,
    sequence INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX training_sessions_training ON training_sessions (training_id, starts_at);

CREATE TABLE training_organisers (
    training_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'co_organiser', 'facilitator')),
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (training_id, account_id)
);
CREATE INDEX training_organisers_account ON training_organisers (account_id);

CREATE TABLE organiser_invitations (
    id BIGSERIAL PRIMARY KEY,
    training_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('co_organiser', 'facilitator')),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX organiser_invitations_training ON organiser_invitations (training_id);
