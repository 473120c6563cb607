CREATE TABLE items_12 (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    quantity INT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    parent_id BIGINT REFERENCES items_11 (id)
);
CREATE INDEX items_12_quantity ON items_12 (quantity);
