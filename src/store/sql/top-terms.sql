-- The ${top} most frequent terms of each unit with their rate per 10,000 words.
SELECT unit, term, count, per10k FROM (
  SELECT c.unit, c.term, c.count, c.count * 10000.0 / w.words AS per10k,
    row_number() OVER (PARTITION BY c.unit ORDER BY c.count DESC, c.term) AS r
  FROM unit_terms c
  JOIN (SELECT unit, sum(words) AS words FROM unit_articles GROUP BY unit) w ON w.unit = c.unit
) ranked
WHERE r <= ${top}
ORDER BY unit, r
