-- Overlap candidate pairs in one shingle family (${family}): the containment probe of the in-memory
-- filter (src/overlap/fingerprint.ts; the rule and its SQL form are in src/overlap/signature.ts) as
-- joins over the sampled hashes in `signatures`.
--   boilerplate: a hash sampled by more than ${max_df} articles is not evidence;
--   hits(a, b):   sampled hashes a and b share;
--   tested(a→b): a's sampled hashes no greater than the largest hash b sampled (what b would have
--                 sampled had it had them);
--   probed when both have at least ${min_shingles} shingles in the family, hits >= ${min_hits} and
--   hits >= ${min_share} x min(tested(a→b), tested(b→a)). The exact containment check on the two
--   texts follows in the overlap pass.
-- Cost: one shuffle of the family's signatures by hash, and a join inside each hash's posting list
-- (at most ${max_df} long), so it grows with the collection times the typical list length, never with
-- its square; `tested` is a range join of the few probed pairs with their own samples.
WITH fam AS (
  SELECT article, hash, shingles FROM signatures WHERE family = '${family}'
),
df AS (
  SELECT hash, count(*) AS n FROM fam GROUP BY hash
),
kept AS (
  SELECT f.article, f.hash FROM fam f JOIN df ON df.hash = f.hash WHERE df.n <= ${max_df}
),
tops AS (
  SELECT article, max(hash) AS top, max(shingles) AS shingles FROM fam GROUP BY article
),
hits AS (
  SELECT x.article AS a, y.article AS b, count(*) AS hits
  FROM kept x
  JOIN kept y ON y.hash = x.hash AND x.article < y.article
  GROUP BY x.article, y.article
),
probed AS (
  SELECT h.a, h.b, h.hits, ta.top AS top_a, tb.top AS top_b
  FROM hits h
  JOIN tops ta ON ta.article = h.a
  JOIN tops tb ON tb.article = h.b
  WHERE h.hits >= ${min_hits} AND ta.shingles >= ${min_shingles} AND tb.shingles >= ${min_shingles}
),
tested_ab AS (
  SELECT p.a, p.b, count(*) AS n FROM probed p JOIN kept k ON k.article = p.a AND k.hash <= p.top_b GROUP BY p.a, p.b
),
tested_ba AS (
  SELECT p.a, p.b, count(*) AS n FROM probed p JOIN kept k ON k.article = p.b AND k.hash <= p.top_a GROUP BY p.a, p.b
)
SELECT p.a, p.b, p.hits
FROM probed p
JOIN tested_ab x ON x.a = p.a AND x.b = p.b
JOIN tested_ba y ON y.a = p.a AND y.b = p.b
WHERE p.hits >= ${min_share} * least(x.n, y.n)
ORDER BY p.a, p.b
