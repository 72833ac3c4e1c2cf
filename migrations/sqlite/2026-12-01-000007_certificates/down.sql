DROP TABLE outbox_attachments;
DROP TABLE credential_keys;
DROP TABLE certificate_documents;
DROP TABLE certificates;
