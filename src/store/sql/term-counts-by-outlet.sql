-- unit_terms (term-counts.sql) for the whole collection by outlet, from the outlet_terms table the
-- corpus passes keep: the same rows, from outlets × vocabulary instead of every article's terms.
CREATE OR REPLACE TEMPORARY VIEW unit_terms AS
SELECT unit, ${key} AS term, sum(count) AS count
FROM outlet_terms
GROUP BY unit, ${key}
