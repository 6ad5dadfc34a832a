// name: articles_mentioning
// description: The articles that mention an entity (actor, place, source or event), oldest first.
// param: name = "Vladimir Alekseyev"
//
// Articles without a publication date come last.
MATCH (a:Actor|Location|Source|Event)
WHERE a.id = $name OR toLower($name) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
MATCH (art:Article)-[:MENTIONS]->(a)
RETURN a.id AS entity, art.id AS article, art.title AS title, art.published AS published, art.path AS path
ORDER BY entity, published, article
