INSERT INTO users (email, org_id)
SELECT 'owner@' || name || '.example', id FROM orgs WHERE name LIKE 'seeded-%';
