DROP TABLE assessment_scores;
DROP TABLE certification_rules;
