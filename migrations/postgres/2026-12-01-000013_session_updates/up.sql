-- Calendar updates waiting to be sent (src/registration/updates.rs). A change to a session
-- that participants see (time, title, description, join link, the training's title) starts a
-- batch: one row per session, holding the session as participants last heard of it, due
-- [registration] update_batch_secs later. Further edits before then join the batch, so an
-- organiser who edits three fields in a minute sends one update; the update says what changed
-- between `before` and the session as it is when the batch is sent.
CREATE TABLE session_updates_pending (
    session_id BIGINT PRIMARY KEY,
    training_id BIGINT NOT NULL,
    -- JSON: {"training_title": "...", "session": {...}} as participants last saw it
    before TEXT NOT NULL,
    due_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX session_updates_pending_due ON session_updates_pending (due_at);
