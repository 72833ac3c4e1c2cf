DROP TABLE organiser_invitations;
DROP TABLE training_organisers;
DROP TABLE training_sessions;
DROP TABLE trainings;
DROP TABLE organisations;
DROP TABLE sign_in_tokens;
DROP TABLE accounts;
