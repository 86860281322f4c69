-- How each term is shown: its most frequent written form in the articles counted, the first one met
-- (in ingest order, then in the text) on a tie, as the in-memory counter does.
SELECT term, form FROM (
  SELECT term, form, row_number() OVER (PARTITION BY term ORDER BY n DESC, first_seen) AS r
  FROM (
    SELECT t.${key} AS term, t.form, sum(t.count) AS n, min(u.seq * 100000000 + t.first) AS first_seen
    FROM terms t
    JOIN unit_articles u ON u.article = t.article
    GROUP BY t.${key}, t.form
  ) f
) ranked
WHERE r = 1
