CREATE TABLE items_08 (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    quantity INT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    parent_id BIGINT REFERENCES items_07 (id)
);
CREATE INDEX items_08_quantity ON items_08 (quantity);
