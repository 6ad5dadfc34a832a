// name: negotiation_network
// description: Who negotiated with whom: NEGOTIATED_WITH links and co-participants of talks and meetings.
// param: actor = "" (default)
//
// One row per pair and link; `via` is NEGOTIATED_WITH or the id of a
// negotiation/meeting event both took part in. Pairs are ordered by id.
// `actor` ("" = everyone) keeps the pairs that include that actor.
CALL () {
  MATCH (x)-[r:NEGOTIATED_WITH]->(y)
  RETURN x, y, type(r) AS via, null AS date
  UNION ALL
  MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
  WHERE e.type IN ['negotiation', 'meeting'] AND x.id < y.id
  RETURN x, y, e.id AS via, e.date AS date
}
WITH CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b, via, date
WHERE $actor = ''
   OR any(n IN [a, b] WHERE n.id = $actor
          OR toLower($actor) IN [x IN [n.name] + coalesce(n.aliases, []) | toLower(x)])
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, via, date
ORDER BY a_id, b_id, via
