// name: actor_profile
// description: An actor's aliases, titles and roles, and its relations grouped by type and direction.
// param: name = "Vladimir Alekseyev"
//
// One row per (actor, relation type, direction); `name` is an id, a name or an
// alias (case-insensitive). Symmetric relations report direction 'both'. An
// actor without relations gets one row with relation = null.
MATCH (a:Actor)
WHERE a.id = $name OR toLower($name) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
OPTIONAL MATCH (a)-[r]-(other)
WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_BY']
WITH a, r, other
ORDER BY other.id
WITH a, type(r) AS relation,
     CASE WHEN r IS NULL THEN null
          WHEN type(r) IN ['NEGOTIATED_WITH'] THEN 'both'
          WHEN startNode(r) = a THEN 'out'
          ELSE 'in' END AS direction,
     collect(other.id) AS counterpart_ids, collect(other.name) AS counterparts
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Actor'][0] AS label, a.name AS name,
       coalesce(a.aliases, []) AS aliases, coalesce(a.titles, []) AS titles, coalesce(a.roles, []) AS roles,
       a.kind AS kind, relation, direction, counterpart_ids, counterparts
ORDER BY id, relation, direction
