-- Webhooks: an organisation's HTTPS endpoints, and every delivery to them (the outbox of
-- webhooks and its log). A delivery is written in the transaction of the change it reports
-- (by the webhooks reaction to the domain event), then POSTed by the webhook worker with
-- retries; the row keeps the last answer.
CREATE TABLE webhook_endpoints (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- the event types it receives, space-separated (registration.confirmed session.changed ...)
    event_types TEXT NOT NULL,
    -- every training the organisation organises, or only those in webhook_endpoint_trainings
    all_trainings BOOLEAN NOT NULL DEFAULT TRUE,
    -- the organisers' switch: while false, no deliveries are made for it
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    -- the signing secret, sealed with AES-256-GCM under a key derived from auth.jwt_secret
    -- (base64url of nonce + ciphertext): signing needs the secret itself, so it cannot be a hash
    secret_sealed TEXT NOT NULL,
    -- its last four characters, to tell secrets apart on the page
    secret_hint TEXT NOT NULL,
    -- set by the worker after webhooks.pause_after_failures deliveries failed in a row, or a
    -- 410 Gone: deliveries keep being written but wait until an organiser resumes it
    paused_at TIMESTAMP,
    paused_reason TEXT,
    failed_in_a_row INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX webhook_endpoints_organisation ON webhook_endpoints (organisation_id);

CREATE TABLE webhook_endpoint_trainings (
    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    training_id BIGINT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    PRIMARY KEY (endpoint_id, training_id)
);

CREATE TABLE webhook_deliveries (
    id BIGSERIAL PRIMARY KEY,
    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    -- X-Cascade-Delivery: the same on every attempt and every resend (receivers de-duplicate by it)
    delivery_id TEXT NOT NULL UNIQUE,
    -- the payload's id: the same for every endpoint that receives this event
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    training_id BIGINT REFERENCES trainings(id) ON DELETE SET NULL,
    -- the JSON body, rendered when the event happened
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    -- the lease of the worker that claimed it
    locked_until TIMESTAMP,
    last_attempt_at TIMESTAMP,
    last_status_code INTEGER,
    -- the start of the receiver's answer (webhooks.max_response_bytes), or why there was none
    last_response TEXT,
    last_error TEXT,
    last_duration_ms INTEGER,
    delivered_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX webhook_deliveries_claim ON webhook_deliveries (status, next_attempt_at, id);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
