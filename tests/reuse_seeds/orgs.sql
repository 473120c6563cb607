-- Seed data for tests/strategies.rs's schema reuse.
INSERT INTO orgs (name, plan_id) VALUES ('seeded', 1);
