-- For tests/strategies.rs's schema reuse: a table and an enum that the
-- migration itself fills, beside tables tests write.
CREATE TYPE level AS ENUM ('low', 'high');

CREATE TABLE plans (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    level level NOT NULL DEFAULT 'low'
);
INSERT INTO plans (name) VALUES ('free'), ('pro'), ('team');

CREATE TABLE orgs (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    plan_id BIGINT REFERENCES plans (id)
);

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    org_id BIGINT REFERENCES orgs (id)
);
