-- Only for safety::killed_fresh_runs_leave_nothing_behind: a template of its
-- own, so that test can count every copy of it.
CREATE TABLE killed (id INT);
