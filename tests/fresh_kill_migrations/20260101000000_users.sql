-- Only for strategies::a_killed_runs_fresh_copy_is_made_again: a template of
-- its own, so that no other test leases its copies.
CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE);
