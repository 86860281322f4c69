-- Quoted speakers per unit: quotations with a speaker, the speaker's spellings merged (the speakers
-- table from the corpus pass), quotes, quoted words and articles. A join of quotes with the articles
-- kept and the small speakers table, then an aggregate.
SELECT u.unit, coalesce(s.canonical, q.speaker) AS speaker, count(*) AS quotes, sum(q.words) AS words,
  count(DISTINCT q.article) AS articles
FROM quotes q
JOIN unit_articles u ON u.article = q.article
LEFT JOIN speakers s ON s.speaker = q.speaker
WHERE q.speaker IS NOT NULL AND (q.kind = 'speech' OR q.kind = 'partial')
GROUP BY u.unit, coalesce(s.canonical, q.speaker)
ORDER BY u.unit, quotes DESC, speaker
