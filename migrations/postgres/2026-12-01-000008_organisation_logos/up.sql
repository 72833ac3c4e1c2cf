-- An organisation's logo, uploaded (never fetched from its logo_url: the server fetches no
-- address someone typed) and checked in full before it is stored: PNG or JPEG, at most
-- organisations.max_logo_bytes, at most 4000 pixels a side. Drawn on certificates and served
-- publicly at /organisations/{id}/logo. The bytes come last: in SQLite a column after a large
-- blob is read through the blob's overflow pages.
CREATE TABLE organisation_logos (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    -- hex SHA-256 of the bytes: the ETag
    sha256 TEXT NOT NULL,
    updated_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    updated_at TIMESTAMP NOT NULL,
    bytes BYTEA NOT NULL
);

-- Which organisations a certificate names, in the order of `organisers` (lead first, one id per
-- line), copied at issue time like the names, so that the logos drawn belong to the names
-- printed. NULL for certificates issued before logos existed (drawn without logos).
ALTER TABLE certificates ADD COLUMN organisation_ids TEXT;
