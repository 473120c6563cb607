-- Only for safety::unused_templates_are_collected_but_never_a_live_one: the
-- template that test ages but keeps in use, and expects to be kept.
CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE);
