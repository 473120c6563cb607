-- Only for errors::a_failing_migration_names_its_file_and_line: the
-- mistake is on line 5 of this file.
CREATE TABLE fine (id INT);

SELEC 1;
