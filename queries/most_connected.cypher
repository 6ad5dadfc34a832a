// name: most_connected
// description: The actors with the most relationships (provenance links not counted).
// param: limit = 10 (default)
//
// `degree` counts relationships in both directions except MENTIONS and
// REPORTED_BY; `articles` counts the articles that mention the actor.
MATCH (a:Actor)
WITH a, COUNT { (a)-[r]-() WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_BY'] } AS degree
WHERE degree > 0
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Actor'][0] AS label, a.name AS name, degree,
       COLLECT { MATCH (a)-[r]-() WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_BY']
                 RETURN DISTINCT type(r) AS t ORDER BY t } AS relation_types,
       COUNT { (a)<-[:MENTIONS]-(:Article) } AS articles
ORDER BY degree DESC, id
LIMIT $limit
