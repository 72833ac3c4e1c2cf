-- The impact report (src/reports/queries.rs) reads every reported training under the trainer
-- certificates of a subtree: its status, country, month, minutes and end day. With them in the
-- index the report reads the index alone instead of every row of downstream_trainings (wide:
-- title, place, notes). Measured with bench/impact.py (100,000 downstream trainings): see
-- docs/BENCHMARKS.md, "Impact report (issue 9)".
CREATE INDEX downstream_trainings_impact ON downstream_trainings (certificate_id, status, country, starts_on, minutes, ends_on);

-- Trainers certified per generation: the certificates of a subtree's trainings, by status and
-- outcome, counted once per e-mail.
CREATE INDEX certificates_impact ON certificates (training_id, status, outcome, holder_email);
