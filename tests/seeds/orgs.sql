-- Seed data for tests/seeds.rs: reference rows every seeded test starts with.
INSERT INTO orgs (name) VALUES ('seeded-acme'), ('seeded-globex');
