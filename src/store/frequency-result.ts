/**
 * The frequencies result (src/frequency's FrequencyResult, what `newscompare frequencies --json`
 * prints) of a large store selection, scored in SQL (query.ts storeFrequencies: top-terms.sql,
 * keyness.sql) instead of by the in-memory code over the whole count table (frequency-table.ts):
 * by outlet over a million articles, the count table is 8 million cells read into JavaScript, the SQL
 * reads back only the rows shown. The two give one answer (test/store/frequency-result.test.ts);
 * groups, labels and their order are the selection's, as on the other path.
 */
import { DENOMINATOR, FREQUENCY_DEFAULTS, type FrequencyResult, type GroupRow } from "../frequency/analyse";
import type { TermRow } from "../frequency/counts";
import { round } from "../frequency/counts";
import { KEYNESS_METHODS, type DistinctiveRow, type KeynessMethod } from "../frequency/keyness";
import type { TermUnit } from "../frequency/units";
import type { Store } from "./open";
import { groupOf } from "./frequency-table";
import { storeFrequencies } from "./query";
import type { StoreSelection, StoredArticle } from "./selection";

export interface StoreFrequencyResultOptions {
  unit?: TermUnit;
  top?: number;
  topDistinctive?: number;
  minCount?: number;
  methods?: readonly KeynessMethod[];
}

export async function storeFrequencyResult(store: Store, sel: StoreSelection, o: StoreFrequencyResultOptions = {}): Promise<FrequencyResult> {
  const unit = o.unit ?? "word";
  const minCount = o.minCount ?? FREQUENCY_DEFAULTS.minCount;
  const methods = o.methods ?? KEYNESS_METHODS;
  const scored = await storeFrequencies(store, {
    ...sel.query, by: sel.grouping.unit, unit: unit === "stem" ? "stem" : "word", top: o.top ?? FREQUENCY_DEFAULTS.top, topDistinctive: o.topDistinctive ?? FREQUENCY_DEFAULTS.topDistinctive, minCount,
  });
  const byId = new Map<string, StoredArticle>(sel.articles.map((a) => [a.id, a]));
  const groups: GroupRow[] = sel.grouping.groups.map((g) => {
    const x = groupOf(g, byId);
    return { article: x.key, label: sel.grouping.groupLabel.get(x.key) ?? x.key, outlet: x.outlet, articles: x.articles, published: x.published, words: x.words };
  });
  const order = new Map(groups.map((g, i) => [g.article, i]));
  const inOrder = <T extends { unit: string }>(rows: T[]) => rows.filter((r) => order.has(r.unit)).sort((a, b) => order.get(a.unit)! - order.get(b.unit)!);
  const terms: TermRow[] = inOrder(scored.terms).map((t) => ({ article: t.unit, term: t.term, key: t.key, kind: unit, count: t.count, per10k: t.per10k }));
  const distinctive: DistinctiveRow[] = [];
  for (const method of methods) {
    for (const d of inOrder(scored.distinctive.filter((x) => x.method === method)).sort((a, b) => order.get(a.unit)! - order.get(b.unit)! || a.rank - b.rank)) {
      const row: DistinctiveRow = {
        article: d.unit, term: d.term, key: d.key, kind: unit, method, score: d.score, count: d.count, per10k: d.per10k,
        restCount: d.restCount, restPer10k: d.restPer10k, direction: "over",
      };
      // the extra figure of each method, rounded as src/frequency/keyness.ts rounds it
      if (method === "logodds") row.delta = round(d.extra, 4);
      else if (method === "g2") row.logRatio = round(d.extra, 3);
      else Object.assign(row, { idf: round(d.extra, 4), df: d.df });
      distinctive.push(row);
    }
  }
  return { by: sel.grouping.unit, unit, ngram: 1, minCount, denominator: DENOMINATOR, groups, phrases: [], terms, distinctive };
}
