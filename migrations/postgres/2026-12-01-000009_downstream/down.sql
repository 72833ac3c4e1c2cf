DROP TABLE public_impact;
DROP TABLE trainer_reminders_sent;
DROP TABLE downstream_messages;
DROP TABLE downstream_sessions;
DROP TABLE downstream_figures;
DROP TABLE downstream_trainings;
DROP TABLE training_lineage;
DROP TABLE hosted_trainings;
