CREATE TABLE items_06 (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    quantity INT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    parent_id BIGINT REFERENCES items_05 (id)
);
CREATE INDEX items_06_quantity ON items_06 (quantity);
