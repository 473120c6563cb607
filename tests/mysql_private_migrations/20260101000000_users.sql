-- A copy of mysql_migrations: a template of its own, for tests that damage it on purpose.
CREATE TABLE orgs (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE users (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(200) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL DEFAULT '',
    org_id BIGINT,
    CONSTRAINT users_org FOREIGN KEY (org_id) REFERENCES orgs (id)
);

CREATE VIEW user_emails AS SELECT id, email FROM users;
