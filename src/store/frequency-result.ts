/**
 * The frequencies result (src/frequency's FrequencyResult, what `newscompare frequencies --json`
 * prints) of a large store selection, scored in SQL (query.ts storeFrequencies: top-terms.sql,
 * keyness.sql) instead of by the in-memory code over the whole count table (frequency-table.ts):
 * by outlet over a million articles, the count table is 8 million cells read into JavaScript, the SQL
 * reads back only the rows shown. The two give one answer (test/store/frequency-result.test.ts);
 * groups, labels and their order are the selection's, as on the other path.
 */
import { DENOMINATOR, FREQUENCY_DEFAULTS, groupRow, type FrequencyResult } from "../frequency/analyse";
import type { TermRow } from "../frequency/counts";
import { KEYNESS_METHODS, methodExtra, type DistinctiveRow, type KeynessMethod } from "../frequency/keyness";
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
  const groups = sel.grouping.groups.map((g) => groupRow(groupOf(g, byId), sel.grouping.groupLabel));
  const order = new Map(groups.map((g, i) => [g.article, i]));
  const mine = (r: { unit: string }) => order.has(r.unit);
  // the SQL lists each unit's rows best first; sorted by the selection's group order, rank kept within
  const terms: TermRow[] = scored.terms.filter(mine).sort((a, b) => order.get(a.unit)! - order.get(b.unit)!)
    .map((t) => ({ article: t.unit, term: t.term, key: t.key, kind: unit, count: t.count, per10k: t.per10k }));
  const distinctive: DistinctiveRow[] = [];
  for (const method of methods) {
    const rows = scored.distinctive.filter((x) => x.method === method && mine(x)).sort((a, b) => order.get(a.unit)! - order.get(b.unit)! || a.rank - b.rank);
    for (const d of rows) {
      distinctive.push({
        article: d.unit, term: d.term, key: d.key, kind: unit, method, score: d.score, count: d.count, per10k: d.per10k,
        restCount: d.restCount, restPer10k: d.restPer10k, direction: "over", ...methodExtra(method, d.extra, d.df),
      });
    }
  }
  return { by: sel.grouping.unit, unit, ngram: 1, minCount, denominator: DENOMINATOR, groups, phrases: [], terms, distinctive };
}
