-- The term counts of every outlet, kept as a derived table by the corpus passes so that frequencies
-- and keyness by outlet over the whole collection read outlets × vocabulary rows instead of every
-- article's term rows (the one scan that grows with the collection). Each written form is kept with
-- its first occurrence (ingest order, then offset), so the display rule of term-forms.sql still holds.
-- The unit is the outlet as unit-articles.sql makes it (articles of no known outlet share ${no_outlet}).
SELECT
  CASE WHEN a.outlet IS NULL OR coalesce(o.outlet, a.outlet) = 'unknown' THEN '${no_outlet}' ELSE coalesce(o.outlet, a.outlet) END AS unit,
  t.term, t.stem, t.form, sum(t.count) AS count, min(a.seq * 100000000 + t.first) AS first_seen
FROM terms t
JOIN articles a ON a.id = t.article
LEFT JOIN outlets o ON o.spelling = a.outlet
GROUP BY CASE WHEN a.outlet IS NULL OR coalesce(o.outlet, a.outlet) = 'unknown' THEN '${no_outlet}' ELSE coalesce(o.outlet, a.outlet) END,
  t.term, t.stem, t.form
