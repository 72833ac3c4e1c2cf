DROP TABLE reminders_sent;
DROP TABLE outbox;
DROP TABLE registration_tokens;
DROP TABLE registrations;
