-- The training's title, summary and description in other languages, as organisers wrote them:
-- a JSON array of {"language", "title", "summary", "description"} (languages Cascade speaks,
-- not the training's own). Readers see the one in their language when there is one.
ALTER TABLE trainings ADD COLUMN translations TEXT NOT NULL DEFAULT '[]';
