-- The template of connections.rs's goodbye test: a database family of its own.
CREATE TABLE notes (
    id BIGSERIAL PRIMARY KEY,
    body TEXT NOT NULL
);
