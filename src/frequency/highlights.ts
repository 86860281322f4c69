/**
 * Default choices for charts when nobody picked terms or a pair: which terms to put in a heatmap,
 * which two groups to compare, which terms to follow over time. Shared by the report and the notebook.
 */
import type { CountTable } from "./counts";
import type { DistinctiveRow } from "./keyness";

/** The `perGroup` best over-used terms of each group by one method, in group order, no repeats. */
export function distinctiveTerms(rows: DistinctiveRow[], perGroup = 3, method = "logodds"): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (r.method !== method || r.direction !== "over") continue;
    const n = seen.get(r.article) ?? 0;
    if (n >= perGroup) continue;
    seen.set(r.article, n + 1);
    if (!out.includes(r.term)) out.push(r.term);
  }
  return out;
}

/** Most groups `defaultPair` compares pairwise (the largest by words). */
export const PAIR_POOL = 40;

/**
 * Two groups worth comparing: with two or more named outlets, the two with the most words; else the
 * two groups whose vocabulary is most alike (cosine of TF-IDF weights, so the words every article
 * uses — "Trump", "Putin" — do not decide), where copies and rewrites show their swaps.
 */
export function defaultPair(table: CountTable): [string, string] | null {
  const gs = table.groups;
  if (gs.length < 2) return null;
  const named = gs.filter((g) => g.outlet !== "unknown" && g.key === g.outlet);
  if (named.length >= 2) {
    const [a, b] = named.slice().sort((p, q) => q.words - p.words);
    return [a.key, b.key];
  }
  const idf = table.df.map((df) => Math.log(gs.length / df));
  // every pair of a thousand articles is half a million cosines: look among the largest groups only
  const pool = gs.length <= PAIR_POOL ? gs.map((_, i) => i) : gs.map((g, i) => [g.words, i]).sort((p, q) => q[0] - p[0] || p[1] - q[1]).slice(0, PAIR_POOL).map((p) => p[1]).sort((p, q) => p - q);
  const weights = table.counts.map((c, g) => (pool.includes(g) ? new Map([...c.ids].map((id, i) => [id, c.counts[i] * idf[id]] as [number, number])) : new Map<number, number>()));
  const norms = weights.map((c) => Math.sqrt([...c.values()].reduce((s, x) => s + x * x, 0)));
  let best: [string, string] = [gs[pool[0]].key, gs[pool[1]].key];
  let bestSim = -1;
  for (const i of pool) {
    for (const j of pool) {
      if (j <= i) continue;
      let dot = 0;
      const [small, large] = weights[i].size < weights[j].size ? [weights[i], weights[j]] : [weights[j], weights[i]];
      for (const [id, x] of small) dot += x * (large.get(id) ?? 0);
      const sim = norms[i] && norms[j] ? dot / (norms[i] * norms[j]) : 0;
      if (sim > bestSim) {
        bestSim = sim;
        best = [gs[i].key, gs[j].key];
      }
    }
  }
  return best;
}

/** Terms to follow over time: the two most distinctive of the earliest and of the latest dated group. */
export function termsOverTime(table: CountTable, rows: DistinctiveRow[], method = "logodds"): string[] {
  const dated = table.groups.filter((g) => g.published).sort((a, b) => (a.published! < b.published! ? -1 : 1));
  if (dated.length < 2) return [];
  const pick = (key: string) => rows.filter((r) => r.article === key && r.method === method && r.direction === "over").slice(0, 2).map((r) => r.term);
  return [...new Set([...pick(dated[0].key), ...pick(dated[dated.length - 1].key)])];
}
