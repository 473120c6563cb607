-- bench/migrations/20260101000002_items_02.sql in MySQL: BIGSERIAL is BIGINT AUTO_INCREMENT, a
-- UNIQUE TEXT is a VARCHAR (MySQL indexes no whole TEXT), TIMESTAMPTZ is
-- TIMESTAMP(6), and the reference is a table constraint (MySQL ignores
-- REFERENCES on a column).
CREATE TABLE items_02 (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(255) NOT NULL UNIQUE,
    quantity INT NOT NULL DEFAULT 0,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    parent_id BIGINT,
    FOREIGN KEY (parent_id) REFERENCES items_01 (id)
) ENGINE=InnoDB;
CREATE INDEX items_02_quantity ON items_02 (quantity);
INSERT INTO items_02 (name, quantity, parent_id) VALUES ('one', 1, 1), ('two', 2, 3);
