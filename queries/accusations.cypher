// name: accusations
// description: Accusations made by or against an actor (ACCUSED, ACCUSED_OF, SUSPECTED_OF) and what they are about.
// param: name = "United Kingdom"
//
// role = 'accuser' when the actor accuses, 'accused' when it is accused.
// `about` is the accused actor (ACCUSED) or the event (ACCUSED_OF,
// SUSPECTED_OF, whose `by` property lists the accusers).
MATCH (a:Actor)
WHERE a.id = $name OR toLower($name) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
CALL (a) {
  MATCH (a)-[r:ACCUSED]-()
  WITH r, startNode(r) AS x, endNode(r) AS y
  RETURN CASE WHEN x = a THEN 'accuser' ELSE 'accused' END AS role, type(r) AS relation,
         [x.id] AS accuser_ids, [x.name] AS accusers, y.id AS accused_id, y.name AS accused,
         y.id AS about_id, y.name AS about, null AS date
  UNION ALL
  MATCH (x:Actor)-[r:ACCUSED_OF|SUSPECTED_OF]->(e:Event)
  WHERE x = a OR a.id IN coalesce(r.by, [])
  RETURN CASE WHEN x = a THEN 'accused' ELSE 'accuser' END AS role, type(r) AS relation,
         COLLECT { UNWIND coalesce(r.by, []) AS b RETURN b ORDER BY b } AS accuser_ids,
         COLLECT { MATCH (c:Actor) WHERE c.id IN coalesce(r.by, []) RETURN c.name ORDER BY c.id } AS accusers,
         x.id AS accused_id, x.name AS accused, e.id AS about_id, e.name AS about, e.date AS date
}
RETURN a.id AS actor, role, relation, accuser_ids, accusers, accused_id, accused, about_id, about, date
ORDER BY actor, role, relation, accused_id, about_id, accuser_ids
