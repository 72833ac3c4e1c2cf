DROP INDEX certificates_impact;
DROP INDEX downstream_trainings_impact;
