-- How each term of the table ${shown} (a column `term`: the terms about to be shown) is shown: its
-- most frequent written form in the articles counted, the first one met (in ingest order, then in
-- the text) on a tie, as the in-memory counter does. Only the shown terms' rows are grouped: the
-- written forms of a whole collection's vocabulary are the largest aggregate there is.
SELECT term, form FROM (
  SELECT term, form, row_number() OVER (PARTITION BY term ORDER BY n DESC, first_seen) AS r
  FROM (
    SELECT t.${key} AS term, t.form, sum(t.count) AS n, min(u.seq * 100000000 + t.first) AS first_seen
    FROM terms t
    JOIN unit_articles u ON u.article = t.article
    JOIN ${shown} s ON s.term = t.${key}
    GROUP BY t.${key}, t.form
  ) f
) ranked
WHERE r = 1
