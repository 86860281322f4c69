-- The ${top} most frequent terms of each unit with their rate per 10,000 words (ties: term order).
-- Ranking sorts every (unit, term) row; sorting on the term as well costs most of it, so the rows
-- are first cut to those ranked within ${top} by count alone (ties share a rank, so no row of the
-- final top is cut), and only those are ranked with the term.
WITH near_top AS (
  SELECT unit, term, count FROM (
    SELECT unit, term, count, rank() OVER (PARTITION BY unit ORDER BY count DESC) AS coarse
    FROM unit_terms
  ) c
  WHERE coarse <= ${top}
)
SELECT unit, term, count, per10k FROM (
  SELECT c.unit, c.term, c.count, c.count * 10000.0 / w.words AS per10k,
    row_number() OVER (PARTITION BY c.unit ORDER BY c.count DESC, c.term) AS r
  FROM near_top c
  JOIN (SELECT unit, sum(words) AS words FROM unit_articles GROUP BY unit) w ON w.unit = c.unit
) ranked
WHERE r <= ${top}
ORDER BY unit, r
