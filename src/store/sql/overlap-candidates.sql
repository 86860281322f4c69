-- Overlap candidate pairs: the containment probe of src/overlap/fingerprint.ts as a self-join on the
-- sampled shingle hashes. Each article keeps a bottom-k sample of its shingles (signatures); a hash in
-- more than ${max_df} samples is boilerplate; a pair is a candidate when one article's sample meets
-- the other on at least ${min_hits} hashes and on ${min_share} of that sample.
-- Cost: a shuffle of the signatures by hash, then the join inside each hash's posting list (bounded
-- by ${max_df}): it grows with the collection times the typical list length, not with its square.
WITH df AS (
  SELECT family, hash, count(*) AS n FROM signatures GROUP BY family, hash
),
shared AS (
  SELECT s.article, s.family, s.hash, s.k
  FROM signatures s
  JOIN df ON df.family = s.family AND df.hash = s.hash
  WHERE df.n >= 2 AND df.n <= ${max_df}
),
hits AS (
  SELECT x.article AS a, y.article AS b, x.family, min(x.k) AS k, count(*) AS hits
  FROM shared x
  JOIN shared y ON y.family = x.family AND y.hash = x.hash AND y.article <> x.article
  GROUP BY x.article, y.article, x.family
)
SELECT least(a, b) AS a, greatest(a, b) AS b, max(hits) AS hits
FROM hits
WHERE hits >= ${min_hits} AND hits >= ceil(${min_share} * k)
GROUP BY least(a, b), greatest(a, b)
ORDER BY a, b
