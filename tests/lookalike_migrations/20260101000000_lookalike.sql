-- Only for safety::look_alike_databases_are_refused_and_keep_their_rows: a
-- template of its own, beside which that test plants look-alike databases.
CREATE TABLE lookalike (id INT);
