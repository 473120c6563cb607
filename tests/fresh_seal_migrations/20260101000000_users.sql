-- Only for strategies::a_fresh_copy_whose_seal_was_broken_is_made_again: a
-- template of its own, whose copy that test opens behind itest's back.
CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE);
