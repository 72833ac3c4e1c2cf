DROP TABLE session_updates_pending;
