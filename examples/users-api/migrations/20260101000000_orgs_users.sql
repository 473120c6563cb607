CREATE TABLE orgs (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES orgs (id),
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX users_org_id ON users (org_id);

-- Written in a second transaction after a user is created.
CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    event TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
);
