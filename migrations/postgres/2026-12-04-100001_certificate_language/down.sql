ALTER TABLE certificates DROP COLUMN language;
