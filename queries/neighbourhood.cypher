// name: neighbourhood
// description: Nodes within k hops (1-4) of an actor, optionally only over some relationship types.
// param: name = "Vladimir Alekseyev"
// param: hops = 2 (default)
// param: types = [] (default)
//
// Direction is ignored. `types` lists relationship types to follow; the empty
// list means every type except the provenance links MENTIONS and REPORTED_BY.
// `distance` is the length of the shortest such path. Needs Neo4j 5.21+.
MATCH (a:Actor)
WHERE a.id = $name OR toLower($name) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
MATCH p = ANY SHORTEST (a)-[r WHERE (size($types) = 0 AND NOT type(r) IN ['MENTIONS', 'REPORTED_BY'])
                                  OR type(r) IN $types]-{1,4}(b)
WHERE b <> a AND length(p) <= $hops
RETURN a.id AS actor, b.id AS id, [l IN labels(b) WHERE l <> 'Actor'][0] AS label,
       coalesce(b.name, b.title) AS name, min(length(p)) AS distance
ORDER BY actor, distance, id
