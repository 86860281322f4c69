-- The articles a query counts, each with the unit it is counted under and its outlet spelled the
-- one way the store chose (the outlets table). The runner keeps the result as the table
-- unit_articles (DuckDB: a temporary table; Spark SQL: CACHE TABLE unit_articles AS ...), which
-- every other query joins.
--   ${by}       article | outlet | date | topic | outlet_month; an article of no known outlet, date or
--               story is counted under ${no_outlet}, ${no_date} or ${no_topic}, as src/grouping's unitKey does
--   ${outlets}  lower-case outlet names to keep, as quoted literals ('' keeps none; see ${all_outlets})
--   ${from} ${to}  publication days (YYYY-MM-DD) to keep, '' for no bound
-- Map side: one row per article; no join grows with the collection but the small outlets table.
SELECT
  a.id AS article,
  a.seq,
  CASE '${by}'
    WHEN 'article' THEN a.id
    WHEN 'date' THEN coalesce(substr(a.published, 1, 10), '${no_date}')
    WHEN 'topic' THEN coalesce(a.topic, '${no_topic}')
    WHEN 'outlet_month' THEN concat(CASE WHEN a.outlet IS NULL OR coalesce(o.outlet, a.outlet) = 'unknown' THEN '${no_outlet}' ELSE coalesce(o.outlet, a.outlet) END,
      ' · ', coalesce(substr(a.published, 1, 7), '${no_date}'))
    ELSE CASE WHEN a.outlet IS NULL OR coalesce(o.outlet, a.outlet) = 'unknown' THEN '${no_outlet}' ELSE coalesce(o.outlet, a.outlet) END
  END AS unit,
  coalesce(o.outlet, a.outlet) AS outlet,
  a.published,
  a.words,
  a.title,
  a.topic
FROM articles a
LEFT JOIN outlets o ON o.spelling = a.outlet
WHERE (${all_outlets} OR lower(coalesce(o.outlet, a.outlet)) IN (${outlets}))
  AND ('${from}' = '' OR substr(a.published, 1, 10) >= '${from}')
  AND ('${to}' = '' OR substr(a.published, 1, 10) <= '${to}')
