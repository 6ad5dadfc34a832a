// name: shortest_paths
// description: All shortest paths (up to 6 hops, any direction) between two actors, with the evidence of each hop.
// param: source = "Vladimir Alekseyev"
// param: target = "Yevgeny Prigozhin"
//
// Provenance links (MENTIONS, REPORTED_BY) are not followed. Each step gives
// the stored direction of the relationship and its evidence sentences.
MATCH (a:Actor)
WHERE a.id = $source OR toLower($source) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
MATCH (b:Actor)
WHERE b <> a AND (b.id = $target OR toLower($target) IN [x IN [b.name] + coalesce(b.aliases, []) | toLower(x)])
MATCH p = allShortestPaths((a)-[rels*..6]-(b))
WHERE none(r IN rels WHERE type(r) IN ['MENTIONS', 'REPORTED_BY'])
RETURN a.id AS source, b.id AS target, length(p) AS hops,
       [n IN nodes(p) | n.id] AS path_ids, [n IN nodes(p) | n.name] AS path,
       [r IN rels | {relation: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
                     evidence: [i IN range(0, size(r.evidence_article) - 1) |
                                {article: r.evidence_article[i], sentence: r.evidence_sentence[i],
                                 confidence: r.evidence_confidence[i]}]}] AS steps
ORDER BY source, target, path_ids, [r IN rels | r.id]
