// name: co_participants
// description: Actors linked to the same events as an actor, with the shared events.
// param: name = "Vladimir Alekseyev"
//
// Any actor-to-event relation counts (TARGET_OF, PERPETRATOR_OF,
// PARTICIPATED_IN, ACCUSED_OF, SUSPECTED_OF). Most shared events first.
MATCH (a:Actor)
WHERE a.id = $name OR toLower($name) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
MATCH (a)-->(e:Event)<--(o:Actor)
WHERE o <> a
WITH DISTINCT a, o, e
ORDER BY e.id
WITH a, o, collect(e.id) AS events
RETURN a.id AS actor, o.id AS id, [l IN labels(o) WHERE l <> 'Actor'][0] AS label, o.name AS name,
       size(events) AS shared_events, events
ORDER BY actor, shared_events DESC, id
