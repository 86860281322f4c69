-- The cells keyness.sql scores: one row per (unit, term) used at least ${min_count} times in the unit,
-- with y = its count in the unit (n words), yr = in the rest of the collection (nr words), the
-- Dirichlet prior's alpha_w = ${prior} x corpus count and alpha0 = ${prior} x corpus words, and the
-- units using the term (df). The runner keeps it as the table keyness_cells: keyness.sql reads it
-- once per method, and a CTE read three times is computed three times.
-- Aggregates: per-term totals and per-unit sizes, then one row per (unit, term): map work after the
-- term-count aggregate, no further join that grows with the collection.
WITH sizes AS (
  SELECT unit, sum(words) AS n FROM unit_articles GROUP BY unit
),
corpus AS (
  SELECT sum(n) AS total_words, count(*) AS units FROM sizes
),
totals AS (
  SELECT term, sum(count) AS total, count(*) AS df FROM unit_terms GROUP BY term
)
SELECT c.unit, c.term, c.count AS y, t.total - c.count AS yr, s.n, k.total_words - s.n AS nr,
  ${prior} * 1.0 * t.total AS alpha, ${prior} * 1.0 * k.total_words AS alpha0, t.df, k.units
FROM unit_terms c
JOIN totals t ON t.term = c.term
JOIN sizes s ON s.unit = c.unit
CROSS JOIN corpus k
WHERE c.count >= ${min_count} AND k.units >= 2
