DROP TABLE impact_snapshots;
