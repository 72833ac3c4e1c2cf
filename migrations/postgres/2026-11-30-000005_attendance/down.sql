DROP TABLE attendance_import_changes;
DROP TABLE attendance;
DROP TABLE attendance_imports;
