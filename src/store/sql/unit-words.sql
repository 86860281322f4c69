-- Each unit's size: articles, words (the rate denominator: word and number tokens, as `corpus`
-- counts them) and its earliest publication date. Aggregate over articles.
SELECT unit, count(*) AS articles, sum(words) AS words, min(published) AS published, min(seq) AS first_seq
FROM unit_articles
GROUP BY unit
ORDER BY first_seq
