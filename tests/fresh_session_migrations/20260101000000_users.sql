-- Only for strategies::a_tests_session_state_does_not_reach_the_check_after_it:
-- a template of its own, so that the copy that test follows is its alone.
CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE);
