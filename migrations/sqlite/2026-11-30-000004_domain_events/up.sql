-- Domain events: what a capability changed that others must react to (a session moved, a
-- training cancelled), written in the transaction of the change. Kept as a log.
CREATE TABLE domain_events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    training_id BIGINT,
    payload TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    handled_at TIMESTAMP
);
CREATE INDEX domain_events_pending ON domain_events (id) WHERE handled_at IS NULL;
