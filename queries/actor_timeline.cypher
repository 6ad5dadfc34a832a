// name: actor_timeline
// description: The events an actor is linked to (target, perpetrator, participant, accused, suspect), by date.
// param: name = "Vladimir Alekseyev"
//
// Undated events come last. `places` are the names of the event's locations.
MATCH (a:Actor)
WHERE a.id = $name OR toLower($name) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
MATCH (a)-[r]->(e:Event)
RETURN a.id AS actor, e.date AS date, e.id AS event_id, e.type AS event_type, type(r) AS role,
       e.summary AS summary,
       COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN p.name ORDER BY p.id } AS places
ORDER BY actor, date, event_id, role
