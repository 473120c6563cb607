-- Only for errors::missing_createdb_is_explained: a migrations set of its own,
-- so its database can be dropped and re-created without touching the others.
CREATE TABLE probe (id INT);
