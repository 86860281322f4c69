-- term-forms.sql for the whole collection by outlet, from the outlet_terms table: the terms of the
-- table ${shown} in their most frequent written form.
SELECT term, form FROM (
  SELECT term, form, row_number() OVER (PARTITION BY term ORDER BY n DESC, first_seen) AS r
  FROM (
    SELECT o.${key} AS term, o.form, sum(o.count) AS n, min(o.first_seen) AS first_seen
    FROM outlet_terms o
    JOIN ${shown} s ON s.term = o.${key}
    GROUP BY o.${key}, o.form
  ) f
) ranked
WHERE r = 1
