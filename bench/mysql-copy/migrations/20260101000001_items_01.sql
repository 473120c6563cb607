-- bench/migrations/20260101000001_items_01.sql in MySQL: BIGSERIAL is BIGINT AUTO_INCREMENT, a
-- UNIQUE TEXT is a VARCHAR (MySQL indexes no whole TEXT), TIMESTAMPTZ is
-- TIMESTAMP(6), and the reference is a table constraint (MySQL ignores
-- REFERENCES on a column).
CREATE TABLE items_01 (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(255) NOT NULL UNIQUE,
    quantity INT NOT NULL DEFAULT 0,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB;
CREATE INDEX items_01_quantity ON items_01 (quantity);
-- Seed rows, as an application's migrations ship them (the PostgreSQL
-- suite has none; these make the copy and the emptying restore rows).
INSERT INTO items_01 (name, quantity) VALUES ('alpha', 1), ('beta', 2), ('gamma', 3);
