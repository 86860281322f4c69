/**
 * The frequencies analysis's count table (src/frequency's CountTable) read from a store: the same
 * groups (keys, order, words, articles), terms, per-group counts, totals and document frequencies as
 * counting the loaded articles with `phrases: false`, so `summarise`, `distinctive`, `termRates`,
 * `comparePair` — the in-memory code — score and draw a collection exactly as they do a story.
 *
 * Only counts cross from DuckDB to JavaScript, as integers (term id, count) per group, read a chunk at
 * a time: a collection by outlet is outlets × vocabulary rows (the outlet_terms table), never the
 * collection's term rows.
 */
import type { CountTable, Group, TermInfo } from "../frequency/counts";
import type { TermUnit } from "../frequency/units";
import type { UnitGroup } from "../grouping/groups";
import type { Store } from "./open";
import { selectTerms } from "./query";
import type { StoreSelection, StoredArticle } from "./selection";
import { tempTableOf } from "./duck";
import { sqlFile } from "./sql";

/** The count table of the selection's unit of comparison (its grouping's groups, in its order). */
export async function storeCountTable(store: Store, sel: StoreSelection, unit: TermUnit = "word"): Promise<CountTable> {
  const { formsSql } = await selectTerms(store, { ...sel.query, by: sel.grouping.unit, unit: unit === "stem" ? "stem" : "word" });
  return readTable(store, sel, sel.grouping.groups, formsSql, unit);
}

/**
 * A count table of the selection's articles grouped by publication day as `keyOf` says (a week, a
 * month: the report's periods), the groups in `order` (keys; articles of a key not listed are left out).
 */
export async function storePeriodTable(store: Store, sel: StoreSelection, keyOf: (day: string | null) => string, order: string[], unit: TermUnit = "word"): Promise<CountTable> {
  const byKey = new Map<string, string[]>(order.map((k) => [k, []]));
  const days = new Map<string, string>();
  for (const a of sel.articles) {
    const day = a.published ? a.published.slice(0, 10) : "";
    if (!days.has(day)) days.set(day, keyOf(day || null));
    byKey.get(days.get(day)!)?.push(a.id);
  }
  await tempTableOf((sql) => store.run(sql), "day_keys", "day VARCHAR, key VARCHAR", [...days]);
  const key = unit === "stem" ? "stem" : "term";
  await store.run(`CREATE OR REPLACE TEMP TABLE unit_terms AS SELECT k.key AS unit, t.${key} AS term, sum(t.count) AS count
    FROM terms t JOIN unit_articles u ON u.article = t.article JOIN day_keys k ON k.day = coalesce(substr(u.published, 1, 10), '')
    GROUP BY k.key, t.${key}`);
  const groups = order.map((k) => ({ key: k, label: k, articles: byKey.get(k) ?? [] }));
  return readTable(store, sel, groups, (shown) => sqlFile("term-forms", { key, shown }), unit);
}

/** unit_terms (unit, term, count) as a CountTable with these groups. */
async function readTable(store: Store, sel: StoreSelection, unitGroups: UnitGroup[], formsSql: (shown: string) => string, unit: TermUnit): Promise<CountTable> {
  const byId = new Map<string, StoredArticle>(sel.articles.map((a) => [a.id, a]));
  const groups: Group[] = unitGroups.map((g) => groupOf(g, byId));
  // terms in code-point order of their keys: ids are positions in it
  await store.run("CREATE OR REPLACE TEMP TABLE term_ids AS SELECT term, row_number() OVER (ORDER BY term) - 1 AS id, sum(count) AS total, count(*) AS df FROM unit_terms GROUP BY term");
  const dict = await store.rows("SELECT term, total, df FROM term_ids ORDER BY id");
  const forms = new Map((await store.rows(formsSql("term_ids"))).map((r) => [String(r.term), String(r.form)]));
  const terms: TermInfo[] = dict.map((r) => ({ key: String(r.term), display: forms.get(String(r.term)) ?? String(r.term), kind: unit, n: 1 }));
  await tempTableOf((sql) => store.run(sql), "unit_index", "unit VARCHAR, idx INTEGER", groups.map((g, i) => [g.key, i]));
  const ids: number[][] = groups.map(() => []);
  const counts: number[][] = groups.map(() => []);
  await store.forEachRow(`SELECT g.idx, t.id, c.count FROM unit_terms c JOIN unit_index g ON g.unit = c.unit
    JOIN term_ids t ON t.term = c.term ORDER BY g.idx, t.id`, ([g, t, c]) => {
    ids[Number(g)].push(Number(t));
    counts[Number(g)].push(Number(c));
  });
  return {
    by: sel.grouping.unit,
    unit,
    groups,
    terms,
    counts: groups.map((_, i) => ({ ids: Int32Array.from(ids[i]), counts: Int32Array.from(counts[i]) })),
    total: dict.map((r) => Number(r.total)),
    df: dict.map((r) => Number(r.df)),
    words: groups.reduce((n, g) => n + g.words, 0),
  };
}

/** A group as the counter makes it: its articles, the outlet they share ("unknown" when several), the earliest date, the words. */
export function groupOf(g: Pick<UnitGroup, "key" | "articles">, byId: Map<string, StoredArticle>): Group {
  const out: Group = { key: g.key, outlet: "unknown", articles: g.articles, published: null, words: 0 };
  g.articles.forEach((id, i) => {
    const a = byId.get(id);
    if (!a) return;
    out.outlet = i === 0 ? a.outlet : out.outlet === a.outlet ? out.outlet : "unknown";
    if (a.published && (out.published === null || a.published < out.published)) out.published = a.published;
    out.words += a.words;
  });
  return out;
}
