-- Only for strategies::truncate_refuses_a_database_it_did_not_create: a
-- template of its own, so that test can tamper with its worker safely.
CREATE TABLE precious (value INT);
