/**
 * The rate of chosen terms in every group, zeros included: what a "term over time" chart or a
 * term × article heatmap needs (the top-terms list leaves out the groups where a term is absent).
 */
import { per10k, round, type CountTable } from "./counts";
import { termKey } from "./kwic";
import { countOf } from "./term-counts";

export interface TermRate {
  article: string;
  published: string | null;
  /** the term as displayed (its most common written form; the query when never seen) */
  term: string;
  key: string;
  count: number;
  per10k: number;
}

/** `terms`: strings as a user types them ("White House", "talks"); folded and stemmed like the table. */
export function termRates(table: CountTable, terms: string[]): TermRate[] {
  const ids = new Map<string, number>();
  table.terms.forEach((t, id) => ids.set(t.key, id));
  const rows: TermRate[] = [];
  for (const term of terms) {
    const key = termKey(term, table.unit);
    const id = ids.get(key);
    const display = id === undefined ? term : table.terms[id].display;
    table.groups.forEach((g, i) => {
      const count = id === undefined ? 0 : countOf(table.counts[i], id);
      rows.push({ article: g.key, published: g.published, term: display, key, count, per10k: round(per10k(count, g.words)) });
    });
  }
  return rows;
}
