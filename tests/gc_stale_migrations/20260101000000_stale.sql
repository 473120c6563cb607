-- Only for safety::unused_templates_are_collected_but_never_a_live_one: the
-- template that test ages and expects to be collected.
CREATE TABLE stale (id INT);
