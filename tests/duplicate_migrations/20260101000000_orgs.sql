-- Only for errors::duplicate_migration_versions_name_both_files: same version as users.
CREATE TABLE orgs (id INT);
