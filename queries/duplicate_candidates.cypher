// name: duplicate_candidates
// description: Pairs of actors of the same type whose names look like the same actor (to review or merge).
// param: min_similarity = 0.8 (default)
//
// Rules, first match wins: a shared name or alias; one name is a whole-word
// part of the other ("Prigozhin" / "Yevgeny Prigozhin"); two persons with the
// same surname; character-bigram similarity (Dice) of the lower-cased names
// at least `min_similarity` ("Zelensky" / "Zelenskyy"). `similarity` is the Dice score.
MATCH (a:Actor)
WITH a, [l IN labels(a) WHERE l <> 'Actor'][0] AS label, toLower(a.name) AS low
WITH collect({node: a, label: label, low: low,
              names: [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)],
              grams: reduce(s = [], g IN [i IN range(0, size(low) - 2) | substring(low, i, 2)] |
                            CASE WHEN g IN s THEN s ELSE s + g END)}) AS actors
UNWIND actors AS x
UNWIND actors AS y
WITH x, y
WHERE x.label = y.label AND x.node.id < y.node.id
WITH x, y, x.low AS an, y.low AS bn,
     CASE WHEN size(x.grams) + size(y.grams) = 0 THEN 0.0
          ELSE 2.0 * size([g IN x.grams WHERE g IN y.grams]) / (size(x.grams) + size(y.grams)) END AS similarity
WITH x, y, similarity,
     CASE
       WHEN any(n IN x.names WHERE n IN y.names) THEN 'shared name or alias'
       WHEN bn STARTS WITH an + ' ' OR bn ENDS WITH ' ' + an OR an STARTS WITH bn + ' ' OR an ENDS WITH ' ' + bn
         THEN 'name part of the other'
       WHEN x.label = 'Person' AND size(split(an, ' ')) > 1 AND size(split(bn, ' ')) > 1
            AND last(split(an, ' ')) = last(split(bn, ' ')) THEN 'same surname'
       WHEN similarity >= $min_similarity THEN 'similar spelling'
       ELSE null
     END AS reason
WHERE reason IS NOT NULL
RETURN x.label AS label, x.node.id AS a_id, x.node.name AS a, y.node.id AS b_id, y.node.name AS b, reason, similarity
ORDER BY label, a_id, b_id
