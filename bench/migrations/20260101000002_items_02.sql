CREATE TABLE items_02 (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    quantity INT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    parent_id BIGINT REFERENCES items_01 (id)
);
CREATE INDEX items_02_quantity ON items_02 (quantity);
