-- Distinctive terms of each unit against the rest of the collection (src/frequency/keyness.ts):
--   logodds: log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
--            alpha_w = ${prior} x corpus count, alpha0 = ${prior} x corpus words; ranked by z
--   g2:      Rayson & Garside's two-corpus log-likelihood, signed, with Hardie's Log Ratio
--   tfidf:   count x ln(units / units using the term)
-- y = count in the unit (n words), yr = in the rest (nr words). Terms used at least ${min_count}
-- times in the unit; the ${top} highest positive scores per unit and method.
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
),
cells AS (
  SELECT c.unit, c.term, c.count AS y, t.total - c.count AS yr, s.n, k.total_words - s.n AS nr,
    ${prior} * 1.0 * t.total AS alpha, ${prior} * 1.0 * k.total_words AS alpha0, t.df, k.units
  FROM unit_terms c
  JOIN totals t ON t.term = c.term
  JOIN sizes s ON s.unit = c.unit
  CROSS JOIN corpus k
  WHERE c.count >= ${min_count} AND k.units >= 2
),
scored AS (
  SELECT unit, term, y, yr, n, nr, 'logodds' AS method,
    (ln((y + alpha) / (n + alpha0 - y - alpha)) - ln((yr + alpha) / (nr + alpha0 - yr - alpha)))
      / sqrt(1.0 / (y + alpha) + 1.0 / (yr + alpha)) AS score,
    ln((y + alpha) / (n + alpha0 - y - alpha)) - ln((yr + alpha) / (nr + alpha0 - yr - alpha)) AS extra
  FROM cells
  UNION ALL
  SELECT unit, term, y, yr, n, nr, 'g2' AS method,
    CASE WHEN y * 1.0 / n > yr * 1.0 / nr THEN 1 ELSE -1 END * 2 * (
      CASE WHEN y > 0 THEN y * ln(y / (n * (y + yr) * 1.0 / (n + nr))) ELSE 0 END +
      CASE WHEN yr > 0 THEN yr * ln(yr / (nr * (y + yr) * 1.0 / (n + nr))) ELSE 0 END) AS score,
    log2((CASE WHEN y = 0 THEN 0.5 ELSE y END) * 1.0 / n / ((CASE WHEN yr = 0 THEN 0.5 ELSE yr END) * 1.0 / nr)) AS extra
  FROM cells
  UNION ALL
  SELECT unit, term, y, yr, n, nr, 'tfidf' AS method, y * ln(units * 1.0 / df) AS score, ln(units * 1.0 / df) AS extra
  FROM cells
),
ranked AS (
  SELECT unit, term, method, score, extra, y, yr, n, nr,
    row_number() OVER (PARTITION BY unit, method ORDER BY score DESC, y DESC, term) AS r
  FROM scored
  WHERE score > 0
)
SELECT unit, term, method, score, extra, y AS count, y * 10000.0 / n AS per10k, yr AS rest_count,
  CASE WHEN nr > 0 THEN yr * 10000.0 / nr ELSE 0 END AS rest_per10k, r AS rank
FROM ranked
WHERE r <= ${top}
ORDER BY unit, method, r
