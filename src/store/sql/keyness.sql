-- Distinctive terms of each unit against the rest of the collection (src/frequency/keyness.ts), from
-- the cells of keyness-cells.sql (the table keyness_cells):
--   logodds: log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
--            ranked by z
--   g2:      Rayson & Garside's two-corpus log-likelihood, signed, with Hardie's Log Ratio
--   tfidf:   count x ln(units / units using the term)
-- The ${top} highest positive scores per unit and method, ties broken by count, then term; scores equal
-- to ${score_digits} decimals are ties (src/frequency/keyness.ts SCORE_RANK_DIGITS: math libraries differ in
-- the last bit of a mathematical tie).
-- Ranking sorts every cell; sorting on the term as well costs most of it, so each cell is first
-- ranked by score and count alone, in one pass for the three methods (ties share a rank, so no row
-- of a final top is cut), and only the cells within ${top} for a method are ranked with the term.
WITH scores AS (
  SELECT unit, term, y, yr, n, nr, df,
    (ln((y + alpha) / (n + alpha0 - y - alpha)) - ln((yr + alpha) / (nr + alpha0 - yr - alpha)))
      / sqrt(1.0 / (y + alpha) + 1.0 / (yr + alpha)) AS logodds,
    ln((y + alpha) / (n + alpha0 - y - alpha)) - ln((yr + alpha) / (nr + alpha0 - yr - alpha)) AS logodds_extra,
    CASE WHEN y * 1.0 / n > yr * 1.0 / nr THEN 1 ELSE -1 END * 2 * (
      CASE WHEN y > 0 THEN y * ln(y / (n * (y + yr) * 1.0 / (n + nr))) ELSE 0 END +
      CASE WHEN yr > 0 THEN yr * ln(yr / (nr * (y + yr) * 1.0 / (n + nr))) ELSE 0 END) AS g2,
    log2((CASE WHEN y = 0 THEN 0.5 ELSE y END) * 1.0 / n / ((CASE WHEN yr = 0 THEN 0.5 ELSE yr END) * 1.0 / nr)) AS g2_extra,
    y * ln(units * 1.0 / df) AS tfidf,
    ln(units * 1.0 / df) AS tfidf_extra
  FROM keyness_cells
),
near_top AS (
  SELECT * FROM (
    SELECT scores.*,
      rank() OVER (PARTITION BY unit ORDER BY round(logodds, ${score_digits}) DESC, y DESC) AS logodds_rank,
      rank() OVER (PARTITION BY unit ORDER BY round(g2, ${score_digits}) DESC, y DESC) AS g2_rank,
      rank() OVER (PARTITION BY unit ORDER BY round(tfidf, ${score_digits}) DESC, y DESC) AS tfidf_rank
    FROM scores
  ) s
  WHERE logodds_rank <= ${top} OR g2_rank <= ${top} OR tfidf_rank <= ${top}
),
scored AS (
  SELECT c.unit, c.term, c.y, c.yr, c.n, c.nr, c.df, m.method,
    CASE m.method WHEN 'logodds' THEN c.logodds WHEN 'g2' THEN c.g2 ELSE c.tfidf END AS score,
    CASE m.method WHEN 'logodds' THEN c.logodds_extra WHEN 'g2' THEN c.g2_extra ELSE c.tfidf_extra END AS extra,
    CASE m.method WHEN 'logodds' THEN c.logodds_rank WHEN 'g2' THEN c.g2_rank ELSE c.tfidf_rank END AS coarse
  FROM near_top c
  CROSS JOIN (SELECT 'logodds' AS method UNION ALL SELECT 'g2' AS method UNION ALL SELECT 'tfidf' AS method) m
),
ranked AS (
  SELECT unit, term, method, score, extra, y, yr, n, nr, df,
    row_number() OVER (PARTITION BY unit, method ORDER BY round(score, ${score_digits}) DESC, y DESC, term) AS r
  FROM scored
  WHERE coarse <= ${top} AND score > 0
)
SELECT unit, term, method, score, extra, y AS count, y * 10000.0 / n AS per10k, yr AS rest_count,
  CASE WHEN nr > 0 THEN yr * 10000.0 / nr ELSE 0 END AS rest_per10k, df, r AS rank
FROM ranked
WHERE r <= ${top}
ORDER BY unit, method, r
