/**
 * The counts of one group as two parallel typed arrays (term ids, counts) instead of a Map: a
 * corpus of 18,000 articles holds five million (article, term) pairs, and Maps of that many entries
 * cost both build time and memory. Lookups by id are rare (small corpora, charts): they go through a
 * Map built on first use and cached.
 */
export interface TermCounts {
  ids: Int32Array;
  counts: Int32Array;
}

export function fromMap(m: Map<number, number>): TermCounts {
  const ids = new Int32Array(m.size);
  const counts = new Int32Array(m.size);
  let i = 0;
  for (const [id, c] of m) {
    ids[i] = id;
    counts[i++] = c;
  }
  return { ids, counts };
}

const lookups = new WeakMap<TermCounts, Map<number, number>>();

/** Count of term `id` in the group (0 when absent). */
export function countOf(tc: TermCounts, id: number): number {
  let m = lookups.get(tc);
  if (!m) {
    m = new Map();
    for (let i = 0; i < tc.ids.length; i++) m.set(tc.ids[i], tc.counts[i]);
    lookups.set(tc, m);
  }
  return m.get(id) ?? 0;
}

/** Sum of two groups' counts (a group of several articles). */
export function mergeCounts(a: TermCounts, b: TermCounts): TermCounts {
  const m = new Map<number, number>();
  for (let i = 0; i < a.ids.length; i++) m.set(a.ids[i], a.counts[i]);
  for (let i = 0; i < b.ids.length; i++) m.set(b.ids[i], (m.get(b.ids[i]) ?? 0) + b.counts[i]);
  return fromMap(m);
}
