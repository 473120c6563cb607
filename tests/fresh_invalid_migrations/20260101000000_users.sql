-- Only for strategies::an_invalid_fresh_copy_is_made_again: a template of its
-- own, whose copies that test marks invalid.
CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE);
