-- Each uploaded report: previewed first, then applied (or not), and possibly undone.
CREATE TABLE attendance_imports (
    id BIGSERIAL PRIMARY KEY,
    training_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    session_id BIGINT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    timezone TEXT NOT NULL,
    -- the decoded report, kept so that "apply" uses exactly what was previewed
    content TEXT NOT NULL,
    matched INTEGER NOT NULL DEFAULT 0,
    matched_by_name INTEGER NOT NULL DEFAULT 0,
    unmatched INTEGER NOT NULL DEFAULT 0,
    ambiguous INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    applied_at TIMESTAMP,
    undone_at TIMESTAMP
);
CREATE INDEX attendance_imports_session ON attendance_imports (session_id, id);

-- Attendance: one row per registration and session once anything is known about it.
CREATE TABLE attendance (
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    session_id BIGINT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    -- minutes attended: the union of the person's intervals clipped to the session; NULL when
    -- only presence is known (an organiser's mark, a self check-in)
    minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0),
    source TEXT NOT NULL CHECK (source IN ('organiser', 'self_check_in', 'check_in_code', 'import')),
    import_id BIGINT REFERENCES attendance_imports(id) ON DELETE SET NULL,
    updated_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (registration_id, session_id)
);
CREATE INDEX attendance_session ON attendance (session_id);

-- What an applied import replaced, so that it can be undone.
CREATE TABLE attendance_import_changes (
    import_id BIGINT NOT NULL REFERENCES attendance_imports(id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    session_id BIGINT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    previous_status TEXT,
    previous_minutes INTEGER,
    previous_source TEXT,
    previous_import_id BIGINT,
    PRIMARY KEY (import_id, registration_id)
);
