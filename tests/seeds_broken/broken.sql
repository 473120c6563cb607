INSERT INTO orgs (name) VALUES ('fine');
INSERT INTO orgz (name) VALUES ('typo');
