-- Events across outlets: the events the corpus pass grouped (timeline/events.ts), each with how many
-- articles and outlets report it and whether they disagree on its date. Only events of the articles kept.
SELECT e.event, min(e.value) AS value, min(e.label) AS label, min(e.clause) AS clause,
  count(DISTINCT e.article) AS articles, count(DISTINCT u.outlet) AS outlets,
  count(DISTINCT e.mention_value) AS dates, max(CASE WHEN e.conflict THEN 1 ELSE 0 END) AS conflict
FROM events e
JOIN unit_articles u ON u.article = e.article
GROUP BY e.event
ORDER BY outlets DESC, articles DESC, value, e.event
