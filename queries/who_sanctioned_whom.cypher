// name: who_sanctioned_whom
// description: Every sanction: who was sanctioned by which authority, with the articles that say so.
// param: actor = "" (default)
//
// `actor` ("" = everyone) keeps only sanctions where that actor (id, name or
// alias) is the sanctioned party or the sanctioning authority.
MATCH (t)-[r:SANCTIONED_BY]->(s)
WHERE $actor = ''
   OR any(n IN [t, s] WHERE n.id = $actor
          OR toLower($actor) IN [x IN [n.name] + coalesce(n.aliases, []) | toLower(x)])
RETURN s.id AS sanctioner_id, s.name AS sanctioner, t.id AS target_id, t.name AS target,
       r.reason AS reason, size(r.evidence_article) AS evidence,
       COLLECT { UNWIND r.evidence_article AS article WITH DISTINCT article RETURN article ORDER BY article } AS articles
ORDER BY sanctioner_id, target_id
