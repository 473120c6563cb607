-- Only for safety::a_collection_waits_for_a_run_that_holds_the_template:
-- the template that test ages while holding its lock.
CREATE TABLE contended (id INT);
