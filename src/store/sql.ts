/**
 * The collection-level SQL lives in `sql/*.sql` beside this file, in the subset DuckDB and Spark SQL
 * share (test/store/sql-dialect.test.ts keeps it there), so the same files run on a cluster over the
 * same Parquet (docs/SCALE.md). Parameters are written `${name}`, as Spark SQL's variable substitution
 * writes them; values are put in by `sqlFile` and must be SQL already (literals quoted by the caller).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { NO_DATE, NO_OUTLET, NO_TOPIC } from "../grouping/groups";
import { sqlString } from "./duck";

/** Beside this file; from a compiled copy (dist/, which tsc fills with .js only), the sources' folder. */
export const SQL_DIR = fs.existsSync(path.join(__dirname, "sql")) ? path.join(__dirname, "sql") : path.resolve(__dirname, "../../src/store/sql");

const cache = new Map<string, string>();

export function sqlFile(name: string, params: Record<string, string | number> = {}): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(SQL_DIR, `${name}.sql`), "utf8");
    cache.set(name, text);
  }
  return text.replace(/\$\{(\w+)\}/g, (_, key: string) => {
    if (!(key in params)) throw new Error(`${name}.sql: no value for \${${key}}`);
    return String(params[key]);
  });
}

/**
 * The grouping and filters of a store query (`--by`, `--outlet`, `--from`, `--to`): the units of
 * src/grouping (same keys: articles of no known outlet, date or story share its one group) and
 * outlet × month.
 */
export interface UnitQuery {
  by?: "article" | "outlet" | "date" | "topic" | "outlet_month";
  outlets?: string[];
  from?: string;
  to?: string;
}

/** Parameters of unit-articles.sql, validated (dates as YYYY-MM-DD, outlets quoted). */
export function unitParams(q: UnitQuery = {}): Record<string, string> {
  const day = (d: string | undefined, name: string) => {
    if (d === undefined || d === "") return "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`${name} wants YYYY-MM-DD, got '${d}'`);
    return d;
  };
  const outlets = (q.outlets ?? []).map((o) => o.trim().toLowerCase()).filter(Boolean);
  return {
    ...unitKeyParams(),
    by: q.by ?? "outlet",
    all_outlets: outlets.length === 0 ? "TRUE" : "FALSE",
    outlets: outlets.length === 0 ? "''" : outlets.map(sqlString).join(", "),
    from: day(q.from, "--from"),
    to: day(q.to, "--to"),
  };
}

/** The group keys src/grouping gives articles it cannot place, as SQL literals' contents (${no_outlet}, ...). */
export function unitKeyParams(): Record<string, string> {
  const inner = (s: string) => sqlString(s).slice(1, -1);
  return { no_outlet: inner(NO_OUTLET), no_date: inner(NO_DATE), no_topic: inner(NO_TOPIC) };
}

/**
 * Run a query file and keep its rows as a temporary table `name` for the queries that follow (the
 * unit_articles and unit_terms steps every collection query reads, computed once, not once per
 * query). On Spark SQL the same is `CACHE TABLE name AS <the file's SELECT>`.
 */
export async function keepAs(run: (sql: string) => Promise<void>, name: string, select: string): Promise<void> {
  await run(`CREATE OR REPLACE TEMP TABLE ${name} AS ${select}`);
}
