-- Term counts per unit, kept by the runner as the table unit_terms (as unit-articles.sql is): the word counts of the frequencies analysis (single words, stopwords left
-- out), keyed by the folded word (${key} = term) or its Porter stem (${key} = stem).
-- A join of the largest table (terms: one row per article, word and written form) with the articles
-- kept, then an aggregate by (unit, term): the step whose cost grows with the collection.
SELECT u.unit, t.${key} AS term, sum(t.count) AS count
FROM terms t
JOIN unit_articles u ON u.article = t.article
GROUP BY u.unit, t.${key}
