-- Only for errors::duplicate_migration_versions_name_both_files.
CREATE TABLE users (id INT);
