/**
 * Two groups side by side, term by term: the data of a scattertext-style comparison (rate in A
 * against rate in B). Every term either group uses at least `minCount` times in total is kept.
 */
import { per10k, round, type CountTable } from "./counts";
import { logRatio } from "./stats";
import { countOf } from "./term-counts";

export interface PairRow {
  term: string;
  key: string;
  countA: number;
  countB: number;
  per10kA: number;
  per10kB: number;
  /** Hardie's Log Ratio of A against B (zero counts taken as 0.5): + leans A, − leans B */
  logRatio: number;
}

export interface PairComparison {
  a: string;
  b: string;
  wordsA: number;
  wordsB: number;
  rows: PairRow[];
}

export function comparePair(table: CountTable, a: string, b: string, options: { minCount?: number; maxN?: number } = {}): PairComparison {
  const ia = table.groups.findIndex((g) => g.key === a);
  const ib = table.groups.findIndex((g) => g.key === b);
  if (ia < 0 || ib < 0) throw new Error(`comparePair: no group '${ia < 0 ? a : b}' (groups: ${table.groups.map((g) => g.key).join(", ")})`);
  const minCount = options.minCount ?? 2;
  const maxN = options.maxN ?? Infinity;
  const ca = table.counts[ia];
  const cb = table.counts[ib];
  const wa = table.groups[ia].words;
  const wb = table.groups[ib].words;
  const ids = new Set<number>([...ca.ids, ...cb.ids]);
  const rows: PairRow[] = [];
  for (const id of ids) {
    const x = countOf(ca, id);
    const y = countOf(cb, id);
    if (x + y < minCount || table.terms[id].n > maxN) continue;
    const t = table.terms[id];
    rows.push({ term: t.display, key: t.key, countA: x, countB: y, per10kA: round(per10k(x, wa)), per10kB: round(per10k(y, wb)), logRatio: round(logRatio(x, y, wa, wb), 3) });
  }
  rows.sort((p, q) => q.countA + q.countB - (p.countA + p.countB) || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  return { a, b, wordsA: wa, wordsB: wb, rows };
}
