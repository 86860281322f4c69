-- unit_terms (term-counts.sql, kept as a table the same way) for the whole collection by outlet, from the outlet_terms table the
-- corpus passes keep: the same rows, from outlets × vocabulary instead of every article's terms.
SELECT unit, ${key} AS term, sum(count) AS count
FROM outlet_terms
GROUP BY unit, ${key}
