/**
 * The candidate filter: which pairs of a corpus are worth aligning at all (index.ts aligns only these,
 * at every corpus size).
 *
 * Each article is reduced to its signature (signature.ts: a consistent sample of its narration
 * shingles in several families, shingles.ts) — word 5-grams for copied text, masked 7-grams (stopwords
 * kept, other words reduced to their class) for rewrites that swap the content words. A classic MinHash/LSH index estimates Jaccard similarity,
 * which is tiny when a short article sits inside a long one (containment 1, Jaccard 0.05); we want
 * pairs where EITHER article shares much of its text, so we probe by containment, per family:
 *  1. all (sampled hash, article) postings are sorted once (a Float64Array, no hash map of strings);
 *     a hash sampled by more than `maxDf` articles is boilerplate and not evidence;
 *  2. each article counts, per other article, the sampled hashes they share; a pair is probed when the
 *     hits reach `minHits` and `minShare` of the sampled hashes the pair could have shared
 *     (signature.ts gives the rule and its SQL form). (Drawing the sample only among shingles some
 *     other article also has — a first version — made every article sharing one quote with many others
 *     a candidate of all of them: 52,000 candidates on allsides, 87 of them real.)
 *  3. each probed pair's exact containment in that family is counted by merging the two sorted shingle
 *     sets (a few microseconds); pairs below the family's `minContainment` are dropped before anyone
 *     aligns them.
 * Memory is O(postings) for the sort and O(articles) per article counted; no pair map is built before
 * stage 3.
 */
import { articlePrint, DEFAULT_SAMPLE, type ArticlePrint, type SampleOptions } from "./signature";
import { SHINGLE_FAMILIES, type ShingleFamily } from "./shingles";

export { shingleWords, wordHashes, shingleHashes, articleShingles, quotedShingles, SHINGLE_FAMILIES } from "./shingles";
export type { ShingleFamily } from "./shingles";
export { articleSignature, articlePrint, type SignatureRow, type ArticlePrint } from "./signature";

export interface FingerprintOptions {
  /** shingle families compared (default SHINGLE_FAMILIES) */
  families?: readonly ShingleFamily[];
  /** how each article's shingles are sampled */
  sample?: SampleOptions;
  /** hashes sampled by more articles than this are boilerplate, not evidence (default: each family's own) */
  maxDf?: number;
  /** sampled hashes two articles must share */
  minHits?: number;
  /** ...and the share of the hashes they could have shared (half-shared text shares ~50%) */
  minShare?: number;
}

export const DEFAULT_FINGERPRINT = { minHits: 2, minShare: 0.2 };

export interface CandidatePair {
  a: number;
  b: number;
  /** sampled hashes the two share, in the family that kept the pair with the highest containment */
  hits: number;
  /** exact shared shingles / shingles of the smaller article, in that family */
  containment: number;
  /** the families that kept the pair */
  families: string[];
}

const DOC_BITS = 2 ** 21;

/** Candidate pairs (a < b) from the articles' prints: the containment probe per family, then the exact check. */
export function candidatesFromPrints(prints: ArticlePrint[], options: FingerprintOptions = {}): CandidatePair[] {
  const families = options.families ?? SHINGLE_FAMILIES;
  const o = { ...DEFAULT_FINGERPRINT, ...options };
  const n = prints.length;
  if (n >= DOC_BITS) throw new Error(`candidate filter: at most ${DOC_BITS - 1} articles`);
  const found = new Map<number, CandidatePair>();
  families.forEach((family, f) => {
    const samples = prints.map((p) => p.samples[f]);
    const offset = new Int32Array(n + 1);
    for (let d = 0; d < n; d++) offset[d + 1] = offset[d] + samples[d].length;
    const keys = new Float64Array(offset[n]);
    for (let d = 0, p = 0; d < n; d++) for (const h of samples[d]) keys[p++] = h * DOC_BITS + d;
    keys.sort();
    // for each article's k-th sampled hash: its run [runStart, runEnd) in `keys` and whether it is
    // boilerplate. Runs come in increasing hash order, as do each article's sampled hashes.
    const runStart = new Int32Array(offset[n]);
    const runEnd = new Int32Array(offset[n]);
    const boiler = new Uint8Array(offset[n]);
    const cursor = offset.slice(0, n);
    for (let s = 0; s < keys.length; ) {
      const h = Math.floor(keys[s] / DOC_BITS);
      let e = s + 1;
      while (e < keys.length && Math.floor(keys[e] / DOC_BITS) === h) e++;
      const boilerplate = e - s > (options.maxDf ?? family.maxDf);
      for (let r = s; r < e; r++) {
        const at = cursor[keys[r] - h * DOC_BITS]++;
        runStart[at] = s;
        runEnd[at] = e;
        boiler[at] = boilerplate ? 1 : 0;
      }
      s = e;
    }
    // testedBelow(d, x): d's non-boilerplate sampled hashes ≤ x (a prefix count and a binary search)
    const kept = new Int32Array(offset[n]);
    for (let d = 0; d < n; d++) {
      let c = 0;
      for (let k = offset[d]; k < offset[d + 1]; k++) { if (!boiler[k]) c++; kept[k] = c; }
    }
    const testedBelow = (d: number, x: number): number => {
      const s = samples[d];
      let lo = 0;
      let hi = s.length;
      while (lo < hi) { const mid = (lo + hi) >>> 1; if (s[mid] <= x) lo = mid + 1; else hi = mid; }
      return lo === 0 ? 0 : kept[offset[d] + lo - 1];
    };
    const top = (d: number) => (samples[d].length === 0 ? -1 : samples[d][samples[d].length - 1]);
    const big = (d: number) => prints[d].shingles[f].length >= family.minShingles;
    const count = new Int32Array(n);
    const touched: number[] = [];
    for (let d = 0; d < n; d++) {
      if (!big(d)) continue;
      for (let k = offset[d]; k < offset[d + 1]; k++) {
        if (boiler[k]) continue;
        const base = samples[d][k - offset[d]] * DOC_BITS;
        for (let r = runStart[k]; r < runEnd[k]; r++) {
          const other = keys[r] - base;
          if (other <= d) continue;
          if (count[other] === 0) touched.push(other);
          count[other]++;
        }
      }
      for (const other of touched) {
        const hits = count[other];
        count[other] = 0;
        if (hits < o.minHits || !big(other)) continue;
        if (hits < o.minShare * Math.min(testedBelow(d, top(other)), testedBelow(other, top(d)))) continue;
        const share = containment(prints[d].shingles[f], prints[other].shingles[f]);
        if (share < family.minContainment) continue;
        const key = d * n + other;
        const seen = found.get(key);
        if (!seen) found.set(key, { a: d, b: other, hits, containment: share, families: [family.name] });
        else {
          seen.families.push(family.name);
          if (share > seen.containment) { seen.hits = hits; seen.containment = share; }
        }
      }
      touched.length = 0;
    }
  });
  return [...found.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * Pairs (a < b) that share a passage too short for the sampled probe (one sentence of a long article):
 * at least `minShared` exact shingles in common in some family, or `minQuoted` quoted word 5-grams
 * (`quoted`, from shingles.ts `quotedShingles`) — counted by merging the full sets of every pair, so
 * O(pairs): for corpora small enough that every pair is listed anyway (index.ts).
 */
export function passagePairs(prints: ArticlePrint[], families: readonly ShingleFamily[] = SHINGLE_FAMILIES, quoted?: Uint32Array[], minQuoted = 2): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  for (let a = 0; a < prints.length; a++) {
    for (let b = a + 1; b < prints.length; b++) {
      if (families.some((f, k) => sharedCount(prints[a].shingles[k], prints[b].shingles[k]) >= f.minShared) ||
        (quoted && sharedCount(quoted[a], quoted[b]) >= minQuoted)) out.push({ a, b });
    }
  }
  return out;
}

/** Candidate pairs (a < b) of texts: their prints, then `candidatesFromPrints`. */
export function candidatePairs(texts: string[], options: FingerprintOptions = {}): CandidatePair[] {
  const families = options.families ?? SHINGLE_FAMILIES;
  const sample = options.sample ?? DEFAULT_SAMPLE;
  return candidatesFromPrints(texts.map((t) => articlePrint(t, families, sample)), options);
}

/** Shared elements of two sorted distinct arrays, by merging. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; }
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Exact containment of the smaller set in the larger one, 0..1. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const m = Math.min(a.length, b.length);
  return m === 0 ? 0 : sharedCount(a, b) / m;
}

/** All (hash, article) postings, sorted by hash: one typed array, one sort. */
export function sortedPostings(sets: Uint32Array[]): Float64Array {
  if (sets.length >= DOC_BITS) throw new Error(`candidate filter: at most ${DOC_BITS - 1} articles`);
  let total = 0;
  for (const s of sets) total += s.length;
  const keys = new Float64Array(total);
  let p = 0;
  sets.forEach((s, d) => {
    for (let i = 0; i < s.length; i++) keys[p++] = s[i] * DOC_BITS + d;
  });
  return keys.sort();
}

/**
 * The exhaustive pass for a sample of rows: every article sharing any shingle with a row article, with
 * its exact containment. Per row a counting array, not a pair map, so memory stays O(articles); cost is
 * the sum of the rows' posting-run lengths (no shingle is skipped, boilerplate included).
 */
export function exhaustiveRows(sets: Uint32Array[], rows: number[], minShare = 0.5): Array<{ a: number; b: number; shared: number; containment: number }> {
  const keys = sortedPostings(sets);
  const n = sets.length;
  const count = new Int32Array(n);
  const touched: number[] = [];
  const out = new Map<number, { a: number; b: number; shared: number; containment: number }>();
  const runOf = (h: number): [number, number] => {
    let lo = 0;
    let hi = keys.length;
    const target = h * DOC_BITS;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (keys[mid] < target) lo = mid + 1; else hi = mid; }
    let e = lo;
    while (e < keys.length && Math.floor(keys[e] / DOC_BITS) === h) e++;
    return [lo, e];
  };
  for (const d of rows) {
    for (const h of sets[d]) {
      const [s, e] = runOf(h);
      for (let r = s; r < e; r++) {
        const other = keys[r] - h * DOC_BITS;
        if (other === d) continue;
        if (count[other] === 0) touched.push(other);
        count[other]++;
      }
    }
    for (const other of touched) {
      const c = count[other];
      count[other] = 0;
      const share = c / Math.min(sets[d].length, sets[other].length);
      if (share < minShare) continue;
      const a = Math.min(d, other);
      const b = Math.max(d, other);
      out.set(a * n + b, { a, b, shared: c, containment: share });
    }
    touched.length = 0;
  }
  return [...out.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Exact containment of every pair sharing at least one shingle: the exhaustive pass the filter is measured against. */
export function exhaustiveContainment(sets: Uint32Array[], minShare = 0.5): Array<{ a: number; b: number; shared: number; containment: number }> {
  const keys = sortedPostings(sets);
  const n = sets.length;
  const counts = new Map<number, number>();
  const run: number[] = [];
  for (let s = 0; s < keys.length; ) {
    const h = Math.floor(keys[s] / DOC_BITS);
    let e = s;
    run.length = 0;
    while (e < keys.length && Math.floor(keys[e] / DOC_BITS) === h) run.push(keys[e++] - h * DOC_BITS);
    for (let x = 0; x < run.length; x++) {
      for (let y = x + 1; y < run.length; y++) {
        const key = run[x] < run[y] ? run[x] * n + run[y] : run[y] * n + run[x];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    s = e;
  }
  const out: Array<{ a: number; b: number; shared: number; containment: number }> = [];
  for (const [key, c] of counts) {
    const a = Math.floor(key / n);
    const b = key % n;
    const containment = c / Math.min(sets[a].length, sets[b].length);
    if (containment >= minShare) out.push({ a, b, shared: c, containment });
  }
  return out;
}

/**
 * Non-overlapping occurrences of each needle in a corpus, all needles in one pass over the text (the
 * same counts as an indexOf loop per needle and text): at each position only the needles starting with
 * that character are tried. For "which spelling of a name does the rest of the corpus use" on 20,000
 * articles, where one indexOf scan of the joined corpus per name took 0.1 s.
 */
export function countInTexts(texts: string[], needles: string[]): Map<string, number> {
  const distinct = [...new Set(needles)].filter((s) => s.length > 0);
  const counts = new Map<string, number>(distinct.map((s) => [s, 0]));
  const byFirst = new Map<number, number[]>();
  distinct.forEach((s, k) => {
    const list = byFirst.get(s.charCodeAt(0));
    if (list) list.push(k);
    else byFirst.set(s.charCodeAt(0), [k]);
  });
  const first = new Uint8Array(65536);
  for (const c of byFirst.keys()) first[c] = 1;
  const total = new Float64Array(distinct.length);
  const next = new Float64Array(distinct.length);
  for (const text of texts) {
    next.fill(0);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (first[c] === 0) continue;
      for (const k of byFirst.get(c)!) {
        if (i >= next[k] && text.startsWith(distinct[k], i)) { total[k]++; next[k] = i + distinct[k].length; }
      }
    }
  }
  distinct.forEach((s, k) => counts.set(s, total[k]));
  return counts;
}
