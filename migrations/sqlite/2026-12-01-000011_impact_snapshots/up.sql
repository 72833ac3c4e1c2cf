-- A report that took long to compute (a cascade of tens of thousands of trainings: ~1.7 s) is
-- kept here and served from here, recomputed in the background once it is older than
-- [reports] snapshot_max_age_secs (src/reports/snapshot.rs). Small reports are never stored:
-- they are computed on every request and are always current.
CREATE TABLE impact_snapshots (
    scope TEXT NOT NULL CHECK (scope IN ('training', 'organisation')),
    scope_id BIGINT NOT NULL,
    computed_at TIMESTAMP NOT NULL,
    compute_ms BIGINT NOT NULL,
    -- the report as JSON (src/reports/mod.rs, Impact), before any public suppression
    body TEXT NOT NULL,
    -- an instance recomputing it holds it until then, so that several do not all recompute
    refreshing_until TIMESTAMP,
    PRIMARY KEY (scope, scope_id)
);
