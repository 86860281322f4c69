/**
 * The collection SQL must run on Spark SQL (or Trino) over the same Parquet files (docs/SCALE.md), so
 * every .sql file in src/store/sql is scanned: each function it calls must be in the list below of
 * functions DuckDB and Spark SQL both have with the same meaning, and DuckDB-only syntax is refused.
 * A token scan, not a parser: comments and string literals are dropped first, then words followed by
 * "(" are function calls.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { SQL_DIR, sqlFile, unitKeyParams, unitParams } from "../../src/store/sql";

/** Functions of both DuckDB and Spark SQL with the same arguments and meaning. */
const SHARED_FUNCTIONS = new Set([
  "count", "sum", "min", "max", "avg", "coalesce", "substr", "concat", "lower", "upper", "length",
  "ln", "sqrt", "log2", "ceil", "floor", "abs", "least", "greatest", "row_number", "rank", "round", "cast",
]);

/** SQL words that take parentheses without being functions. */
const KEYWORDS = new Set(["in", "as", "over", "and", "or", "not", "exists", "from", "join", "on", "values", "when", "then", "else", "view", "by", "where", "select", "having", "union", "all", "distinct", "case", "is"]);

/** DuckDB syntax Spark SQL does not have (or reads differently). */
const DUCKDB_ONLY: Array<[RegExp, string]> = [
  [/::/, "'::' casts (use CAST(x AS t))"],
  [/\bgroup\s+by\s+all\b/i, "GROUP BY ALL"],
  [/\border\s+by\s+all\b/i, "ORDER BY ALL"],
  [/\bqualify\b/i, "QUALIFY"],
  [/\bexclude\s*\(/i, "SELECT * EXCLUDE"],
  [/\breplace\s*\(/i, "SELECT * REPLACE"],
  [/\bilike\b/i, "ILIKE"],
  [/\busing\s+sample\b/i, "USING SAMPLE"],
  [/\b(pivot|unpivot)\b/i, "PIVOT"],
  [/->>?/, "JSON arrows / lambdas"],
  [/\*\*|\/\//, "** and // operators"],
  [/\{|\[/, "struct or list literals"],
  [/\bread_(parquet|csv|json)\b/i, "file readers (tables are views the runner defines)"],
  [/\bfrom\s+'/i, "a file as a table"],
  [/\bcreate\s+(or\s+replace\s+)?(temp|temporary)\s+table\b/i, "temporary tables (use TEMPORARY VIEW)"],
];

function scan(sql: string): { calls: string[]; text: string } {
  const text = sql
    .replace(/--[^\n]*/g, " ")
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/"(?:[^"])*"/g, "x");
  const calls = [...text.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)].map((m) => m[1].toLowerCase()).filter((w) => !KEYWORDS.has(w));
  return { calls, text };
}

const files = fs.readdirSync(SQL_DIR).filter((f) => f.endsWith(".sql")).sort();

describe("collection SQL stays in the DuckDB ∩ Spark SQL subset (src/store/sql/*.sql)", () => {
  it("finds the SQL files", () => {
    assert.ok(files.length >= 9, files.join(", "));
    assert.ok(files.includes("overlap-candidates.sql") && files.includes("keyness.sql"));
  });

  for (const file of files) {
    it(`${file}: only shared functions, no DuckDB-only syntax`, () => {
      const sql = fs.readFileSync(path.join(SQL_DIR, file), "utf8");
      const { calls, text } = scan(sql);
      const unknown = [...new Set(calls.filter((c) => !SHARED_FUNCTIONS.has(c)))];
      assert.deepEqual(unknown, [], `${file} calls functions outside the shared list: ${unknown.join(", ")}`);
      for (const [pattern, what] of DUCKDB_ONLY) assert.doesNotMatch(text.replace(/\$\{\w+\}/g, "p"), pattern, `${file} uses ${what}`);
    });
  }

  it("the scan catches what it must refuse", () => {
    const bad = "SELECT list_sum(x::INT) FROM t GROUP BY ALL QUALIFY row_number() OVER () = 1";
    const { calls, text } = scan(bad);
    assert.deepEqual(calls.filter((c) => !SHARED_FUNCTIONS.has(c)), ["list_sum"]);
    const hits = DUCKDB_ONLY.filter(([p]) => p.test(text)).map(([, w]) => w);
    assert.deepEqual(hits, ["'::' casts (use CAST(x AS t))", "GROUP BY ALL", "QUALIFY"]);
    // comments and literals do not count
    assert.deepEqual(scan("SELECT 'list_sum(' AS a -- regexp_replace(\n").calls, []);
  });

  it("every ${parameter} of a file gets a value from its runner", () => {
    const params: Record<string, Record<string, string | number>> = {
      "unit-articles": unitParams({ by: "outlet", outlets: ["x"], from: "2020-01-01" }),
      "term-counts": { key: "term" },
      "term-forms": { key: "term", shown: "shown_terms" },
      "term-counts-by-outlet": { key: "term" },
      "term-forms-by-outlet": { key: "term", shown: "shown_terms" },
      "top-terms": { top: 20 },
      "keyness-cells": { min_count: 3, prior: 1 },
      keyness: { top: 10, score_digits: 9 },
      "outlet-terms": unitKeyParams(),
      "overlap-candidates": { family: "words", max_df: 200, min_shingles: 1, min_hits: 2, min_share: 0.2 },
    };
    for (const file of files) {
      const name = file.replace(/\.sql$/, "");
      assert.doesNotMatch(sqlFile(name, params[name] ?? {}), /\$\{/, file);
    }
  });
});
