-- Password-reset links: 256-bit tokens stored as SHA-256, single use, expiring; one table per
-- purpose, as sign-in links.
CREATE TABLE password_reset_tokens (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX password_reset_tokens_account ON password_reset_tokens (account_id, created_at);
