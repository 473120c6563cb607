-- Only the process-level scenarios of tests/sqlite.rs use these.
CREATE TABLE orgs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    org_id INTEGER REFERENCES orgs (id)
);

CREATE VIEW user_emails AS SELECT id, email FROM users;
