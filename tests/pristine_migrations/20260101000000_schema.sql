-- Only for strategies::a_fresh_copy_is_reused_only_when_the_test_changed_rows:
-- a template of its own, so the copies its probes get are theirs alone.
-- `colors` is filled by the migration: its rows must survive every test.
CREATE TABLE orgs (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    org_id BIGINT REFERENCES orgs (id)
);
CREATE TABLE colors (id INT PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO colors VALUES (1, 'red'), (2, 'green'), (3, 'blue');
