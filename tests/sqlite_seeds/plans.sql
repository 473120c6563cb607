INSERT INTO plans (id, name) VALUES (1, 'free'), (2, 'pro');
