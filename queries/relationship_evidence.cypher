// name: relationship_evidence
// description: The evidence behind the relationship(s) between two nodes: article, sentence, offsets, extractor, confidence.
// param: source = "Vladimir Alekseyev"
// param: target = "GRU"
// param: type = "" (default)
//
// Either direction; `type` ("" = any) picks one relationship type. Events
// and places can be named by id. One row per evidence record.
MATCH (a:Actor|Event|Location|Source)
WHERE a.id = $source OR toLower($source) IN [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)]
MATCH (b:Actor|Event|Location|Source)
WHERE b.id = $target OR toLower($target) IN [x IN [b.name] + coalesce(b.aliases, []) | toLower(x)]
MATCH (a)-[r]-(b)
WHERE $type = '' OR type(r) = $type
UNWIND range(0, size(r.evidence_article) - 1) AS i
OPTIONAL MATCH (art:Article {id: r.evidence_article[i]})
RETURN r.id AS relation, type(r) AS type, startNode(r).id AS source_id, endNode(r).id AS target_id,
       r.evidence_article[i] AS article, art.title AS title, art.published AS published,
       r.evidence_sentence[i] AS sentence, r.evidence_start[i] AS start_char, r.evidence_end[i] AS end_char,
       r.evidence_extractor[i] AS extractor, r.evidence_confidence[i] AS confidence
ORDER BY relation, article, start_char, end_char, extractor, source_id
