// Generated from schema/vocabulary.toml by `newsgraph schema --cypher`.
// Do not edit by hand: tests check this file matches the vocabulary.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);
CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organisation|Country|Location|Source) ON EACH [n.name, n.aliases_text];
