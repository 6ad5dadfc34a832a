// name: duplicate_candidates
// description: Pairs of actors of the same type whose names look like the same actor (to review or merge).
// param: min_similarity = 0.8 (default)
//
// Rules, first match wins: a shared name or alias; one name is a whole-word
// part of the other ("Prigozhin" / "Yevgeny Prigozhin"); two persons with the
// same surname; character-bigram similarity (Dice) of the lower-cased names
// at least `min_similarity` ("Zelensky" / "Zelenskyy"). `similarity` is the Dice score.
MATCH (a:Actor)
WITH a, [l IN labels(a) WHERE l <> 'Actor'][0] AS label, toLower(a.name) AS an
WITH a, label, an, [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)] AS anames,
     reduce(s = [], g IN [i IN range(0, size(an) - 2) | substring(an, i, 2)] |
            CASE WHEN g IN s THEN s ELSE s + g END) AS agrams
MATCH (b:Actor)
WHERE a.id < b.id AND [l IN labels(b) WHERE l <> 'Actor'][0] = label
WITH a, b, label, an, anames, agrams, toLower(b.name) AS bn
WITH a, b, label, an, anames, agrams, bn, [x IN [b.name] + coalesce(b.aliases, []) | toLower(x)] AS bnames,
     reduce(s = [], g IN [i IN range(0, size(bn) - 2) | substring(bn, i, 2)] |
            CASE WHEN g IN s THEN s ELSE s + g END) AS bgrams
WITH a, b, label, an, bn, anames, bnames,
     CASE WHEN size(agrams) + size(bgrams) = 0 THEN 0.0
          ELSE 2.0 * size([g IN agrams WHERE g IN bgrams]) / (size(agrams) + size(bgrams)) END AS similarity
WITH a, b, label, similarity,
     CASE
       WHEN any(x IN anames WHERE x IN bnames) THEN 'shared name or alias'
       WHEN bn STARTS WITH an + ' ' OR bn ENDS WITH ' ' + an OR an STARTS WITH bn + ' ' OR an ENDS WITH ' ' + bn
         THEN 'name part of the other'
       WHEN label = 'Person' AND size(split(an, ' ')) > 1 AND size(split(bn, ' ')) > 1
            AND last(split(an, ' ')) = last(split(bn, ' ')) THEN 'same surname'
       WHEN similarity >= $min_similarity THEN 'similar spelling'
       ELSE null
     END AS reason
WHERE reason IS NOT NULL
RETURN label, a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, reason, similarity
ORDER BY label, a_id, b_id
