-- The cascade: certified trainers' downstream trainings, reported (aggregate figures) or
-- hosted (an ordinary training on Cascade whose parent is the trainer's certificate), the
-- lineage of hosted trainings as a closure table, reminders to trainers, and which trainings
-- show their impact publicly.

-- A training hosted on Cascade whose parent is a certificate. Set once, never changed.
CREATE TABLE hosted_trainings (
    training_id BIGINT PRIMARY KEY REFERENCES trainings(id) ON DELETE CASCADE,
    certificate_id BIGINT NOT NULL REFERENCES certificates(id) ON DELETE RESTRICT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX hosted_trainings_certificate ON hosted_trainings (certificate_id);

-- Every (ancestor, descendant) pair of hosted trainings with the number of generations between
-- them (1 = child). A training's own row is not stored. Maintained when a parent is set, so a
-- subtree is one indexed range read, and a loop (a training under its own descendant) is one
-- lookup.
CREATE TABLE training_lineage (
    ancestor_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    descendant_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    depth INTEGER NOT NULL CHECK (depth >= 1),
    PRIMARY KEY (ancestor_id, descendant_id)
);
CREATE INDEX training_lineage_descendant ON training_lineage (descendant_id, depth);

-- A downstream training reported by its trainer: aggregate figures, no names.
CREATE TABLE downstream_trainings (
    id INTEGER PRIMARY KEY,
    certificate_id BIGINT NOT NULL REFERENCES certificates(id) ON DELETE RESTRICT,
    trainer_account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE RESTRICT,
    title TEXT NOT NULL,
    -- the first and last session's day and the sum of their hours (kept with the sessions)
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    mode TEXT NOT NULL CHECK (mode IN ('online', 'in_person', 'hybrid')),
    country TEXT NOT NULL,
    region TEXT NOT NULL,
    city TEXT NOT NULL,
    language TEXT NOT NULL,
    audience_organisations TEXT NOT NULL,
    curriculum_version TEXT NOT NULL,
    evidence_url TEXT,
    -- an uploaded attendance sheet: a file under the data directory, named by its SHA-256
    evidence_file TEXT,
    evidence_media_type TEXT,
    evidence_name TEXT,
    notes TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'needs_information', 'verified', 'rejected')),
    verification_note TEXT,
    verified_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    decided_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX downstream_trainings_certificate ON downstream_trainings (certificate_id, id);
CREATE INDEX downstream_trainings_trainer ON downstream_trainings (trainer_account_id, id);

-- Its participants, by sex and by age band (each breakdown adds up to the total).
CREATE TABLE downstream_figures (
    downstream_training_id BIGINT PRIMARY KEY REFERENCES downstream_trainings(id) ON DELETE CASCADE,
    participants_total INTEGER NOT NULL CHECK (participants_total >= 0),
    female INTEGER NOT NULL CHECK (female >= 0),
    male INTEGER NOT NULL CHECK (male >= 0),
    another INTEGER NOT NULL CHECK (another >= 0),
    sex_not_recorded INTEGER NOT NULL CHECK (sex_not_recorded >= 0),
    age_under_25 INTEGER NOT NULL CHECK (age_under_25 >= 0),
    age_25_34 INTEGER NOT NULL CHECK (age_25_34 >= 0),
    age_35_44 INTEGER NOT NULL CHECK (age_35_44 >= 0),
    age_45_54 INTEGER NOT NULL CHECK (age_45_54 >= 0),
    age_55_64 INTEGER NOT NULL CHECK (age_55_64 >= 0),
    age_65_plus INTEGER NOT NULL CHECK (age_65_plus >= 0),
    age_not_recorded INTEGER NOT NULL CHECK (age_not_recorded >= 0),
    with_disability INTEGER CHECK (with_disability >= 0),
    CHECK (female + male + another + sex_not_recorded = participants_total),
    CHECK (age_under_25 + age_25_34 + age_35_44 + age_45_54 + age_55_64 + age_65_plus + age_not_recorded = participants_total)
);

-- Its sessions: trainers log them as they deliver them.
CREATE TABLE downstream_sessions (
    id INTEGER PRIMARY KEY,
    downstream_training_id BIGINT NOT NULL REFERENCES downstream_trainings(id) ON DELETE CASCADE,
    held_on DATE NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440)
);
CREATE INDEX downstream_sessions_training ON downstream_sessions (downstream_training_id, held_on);

-- What the trainer and the verifiers said to each other ("needs information", answers).
CREATE TABLE downstream_messages (
    id INTEGER PRIMARY KEY,
    downstream_training_id BIGINT NOT NULL REFERENCES downstream_trainings(id) ON DELETE CASCADE,
    author_account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX downstream_messages_training ON downstream_messages (downstream_training_id, id);

-- Reminders to certified trainers who have logged nothing, once per certificate and offset.
CREATE TABLE trainer_reminders_sent (
    certificate_id BIGINT NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
    after_days INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (certificate_id, after_days)
);

-- Trainings whose organisers switched on the public impact page.
CREATE TABLE public_impact (
    training_id BIGINT PRIMARY KEY REFERENCES trainings(id) ON DELETE CASCADE,
    switched_on_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);


