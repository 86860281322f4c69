/**
 * Collection results from a store, in the shapes of the in-memory analyses' results where they have
 * one, from the SQL in sql/*.sql. Every function takes the unit and filters of `UnitQuery`.
 */
import type { Store } from "./open";
import { FREQUENCY_DEFAULTS } from "../frequency/analyse";
import { round } from "../frequency/counts";
import { SCORE_DIGITS, SCORE_RANK_DIGITS } from "../frequency/keyness";
import { tempTableOf } from "./duck";
import { keepAs, sqlFile, unitParams, type UnitQuery } from "./sql";

export interface StoreFrequencyOptions extends UnitQuery {
  /** count words (the folded form) or their stems */
  unit?: "word" | "stem";
  top?: number;
  topDistinctive?: number;
  minCount?: number;
  priorScale?: number;
}

export interface StoreGroup {
  unit: string;
  articles: number;
  words: number;
  published: string | null;
}

export interface StoreTermRow {
  unit: string;
  key: string;
  term: string;
  count: number;
  per10k: number;
}

export interface StoreDistinctiveRow extends StoreTermRow {
  method: "logodds" | "g2" | "tfidf";
  score: number;
  rank: number;
  restCount: number;
  restPer10k: number;
  /** logodds: δ; g2: Log Ratio; tfidf: idf */
  extra: number;
  /** units using the term */
  df: number;
}

/** Keep the articles of a query (its unit and filters) as the table unit_articles. */
export async function selectArticles(store: Store, q: UnitQuery = {}): Promise<void> {
  await keepAs((sql) => store.run(sql), "unit_articles", sqlFile("unit-articles", unitParams(q)));
}

export async function storeGroups(store: Store, q: UnitQuery = {}): Promise<StoreGroup[]> {
  await selectArticles(store, q);
  return (await store.rows(sqlFile("unit-words"))).map((r) => ({ unit: String(r.unit), articles: Number(r.articles), words: Number(r.words), published: r.published === null ? null : String(r.published) }));
}

/**
 * Whether a query can read the outlet_terms table instead of every article's terms: by outlet, no
 * filter, and the corpus passes ran on the store as it is.
 */
export function usesOutletTerms(store: Store, o: UnitQuery): boolean {
  const fresh = JSON.stringify(store.state.derivedFrom ?? null) === JSON.stringify(store.state.batches.map((b) => b.id));
  return (o.by ?? "outlet") === "outlet" && !o.outlets?.length && !o.from && !o.to && fresh && store.state.derived.outlet_terms !== undefined;
}

/**
 * Keep the counts per unit and term of a query as the table unit_terms (after selectArticles). Returns
 * the query of how the terms listed in the table `shown` (a column `term`) are written.
 */
export async function selectTerms(store: Store, o: StoreFrequencyOptions): Promise<{ formsSql: (shown: string) => string }> {
  const key = o.unit === "stem" ? "stem" : "term";
  const run = (sql: string) => store.run(sql);
  const byOutlet = usesOutletTerms(store, o);
  await keepAs(run, "unit_terms", sqlFile(byOutlet ? "term-counts-by-outlet" : "term-counts", { key }));
  return { formsSql: (shown) => sqlFile(byOutlet ? "term-forms-by-outlet" : "term-forms", { key, shown }) };
}

/** Top terms and distinctive terms per unit, each term shown in its most frequent written form. */
export async function storeFrequencies(store: Store, o: StoreFrequencyOptions = {}): Promise<{ groups: StoreGroup[]; terms: StoreTermRow[]; distinctive: StoreDistinctiveRow[] }> {
  const groups = await storeGroups(store, o);
  const { formsSql } = await selectTerms(store, o);
  const top = await store.rows(sqlFile("top-terms", { top: o.top ?? FREQUENCY_DEFAULTS.top }));
  const keyness = { min_count: o.minCount ?? FREQUENCY_DEFAULTS.minCount, prior: o.priorScale ?? 1 };
  await keepAs((sql) => store.run(sql), "keyness_cells", sqlFile("keyness-cells", keyness));
  const scored = await store.rows(sqlFile("keyness", { top: o.topDistinctive ?? FREQUENCY_DEFAULTS.topDistinctive, score_digits: SCORE_RANK_DIGITS }));
  // written forms of the terms shown only: those of the whole vocabulary are a collection-sized aggregate
  const shown = [...new Set([...top, ...scored].map((r) => String(r.term)))];
  const forms = await formsOf(store, shown, formsSql);
  const terms = top.map((r) => ({
    unit: String(r.unit), key: String(r.term), term: forms.get(String(r.term)) ?? String(r.term), count: Number(r.count), per10k: round(Number(r.per10k)),
  }));
  const distinctive = scored.map((r) => ({
    unit: String(r.unit), key: String(r.term), term: forms.get(String(r.term)) ?? String(r.term), method: r.method as StoreDistinctiveRow["method"],
    score: round(Number(r.score), SCORE_DIGITS), rank: Number(r.rank), count: Number(r.count), per10k: round(Number(r.per10k)), restCount: Number(r.rest_count),
    restPer10k: round(Number(r.rest_per10k)), extra: Number(r.extra), df: Number(r.df),
  }));
  return { groups, terms, distinctive };
}

/** term → written form for these terms (formsSql: selectTerms's, over a table of the terms). */
async function formsOf(store: Store, terms: string[], formsSql: (shown: string) => string): Promise<Map<string, string>> {
  await tempTableOf((sql) => store.run(sql), "shown_terms", "term VARCHAR", terms.map((t) => [t]));
  return new Map((await store.rows(formsSql("shown_terms"))).map((r) => [String(r.term), String(r.form)]));
}

/** Every term's count per unit (for comparisons and exports; large on a large store). */
export async function storeTermCounts(store: Store, o: StoreFrequencyOptions = {}): Promise<Array<{ unit: string; term: string; count: number }>> {
  await selectArticles(store, o);
  await selectTerms(store, o);
  return (await store.rows("SELECT unit, term, count FROM unit_terms ORDER BY unit, term")).map((r) => ({ unit: String(r.unit), term: String(r.term), count: Number(r.count) }));
}

export async function storeSpeakers(store: Store, q: UnitQuery = {}): Promise<Array<{ unit: string; speaker: string; quotes: number; words: number; articles: number }>> {
  await selectArticles(store, q);
  return (await store.rows(sqlFile("speakers"))).map((r) => ({ unit: String(r.unit), speaker: String(r.speaker), quotes: Number(r.quotes), words: Number(r.words), articles: Number(r.articles) }));
}

export async function storeMentionsPerDay(store: Store, q: UnitQuery = {}): Promise<Array<{ day: string; unit: string; mentions: number; articles: number }>> {
  await selectArticles(store, q);
  return (await store.rows(sqlFile("mentions-per-day"))).map((r) => ({ day: String(r.day), unit: String(r.unit), mentions: Number(r.mentions), articles: Number(r.articles) }));
}

export async function storeEvents(store: Store, q: UnitQuery = {}): Promise<Array<{ event: string; value: string; label: string; clause: string; articles: number; outlets: number; dates: number; conflict: boolean }>> {
  await selectArticles(store, q);
  return (await store.rows(sqlFile("events"))).map((r) => ({
    event: String(r.event), value: String(r.value), label: String(r.label), clause: String(r.clause), articles: Number(r.articles), outlets: Number(r.outlets), dates: Number(r.dates), conflict: Number(r.conflict) === 1,
  }));
}
