-- term-forms.sql for the whole collection by outlet, from the outlet_terms table.
SELECT term, form FROM (
  SELECT term, form, row_number() OVER (PARTITION BY term ORDER BY n DESC, first_seen) AS r
  FROM (
    SELECT ${key} AS term, form, sum(count) AS n, min(first_seen) AS first_seen
    FROM outlet_terms
    GROUP BY ${key}, form
  ) f
) ranked
WHERE r = 1
