-- What a participant must achieve to be certified, per training (none: every session attended).
CREATE TABLE certification_rules (
    training_id BIGINT PRIMARY KEY REFERENCES trainings(id) ON DELETE CASCADE,
    -- sessions attended: at least this many, and/or at least this share of all sessions
    min_sessions INTEGER CHECK (min_sessions IS NULL OR min_sessions >= 0),
    min_sessions_percent INTEGER CHECK (min_sessions_percent IS NULL OR min_sessions_percent BETWEEN 0 AND 100),
    -- a session counts as attended only with at least this share of its minutes (when known)
    min_minutes_percent INTEGER CHECK (min_minutes_percent IS NULL OR min_minutes_percent BETWEEN 0 AND 100),
    -- an assessment: a score from 0 to 100 at least this high
    pass_mark INTEGER CHECK (pass_mark IS NULL OR pass_mark BETWEEN 0 AND 100),
    updated_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Assessment scores (0-100) that organisers enter or import.
CREATE TABLE assessment_scores (
    registration_id BIGINT PRIMARY KEY REFERENCES registrations(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    updated_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    updated_at TIMESTAMP NOT NULL
);
