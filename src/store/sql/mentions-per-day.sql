-- Timeline mentions per resolved day and unit: how often each day is written about, and by how many
-- articles. Only mentions that resolve to one day (a date, not a month or a year).
SELECT m.resolved_start AS day, u.unit, count(*) AS mentions, count(DISTINCT m.article) AS articles
FROM mentions m
JOIN unit_articles u ON u.article = m.article
WHERE m.resolved_start IS NOT NULL AND m.resolved_start = m.resolved_end
GROUP BY m.resolved_start, u.unit
ORDER BY day, u.unit
