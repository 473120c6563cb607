CREATE TABLE items_11 (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    quantity INT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    parent_id BIGINT REFERENCES items_10 (id)
);
CREATE INDEX items_11_quantity ON items_11 (quantity);
