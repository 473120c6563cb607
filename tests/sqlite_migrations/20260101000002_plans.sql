CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    -- A generated column: copies keep it computed.
    upper_name TEXT GENERATED ALWAYS AS (upper(name)) STORED
);
