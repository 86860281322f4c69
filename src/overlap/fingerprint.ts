/**
 * The candidate filter for large corpora: which pairs are worth aligning at all.
 *
 * Word 5-gram shingles, hashed to 32 bits. A classic MinHash/LSH index estimates Jaccard similarity,
 * which is tiny when a short article sits inside a long one (containment 1, Jaccard 0.05); we want
 * pairs where EITHER article shares ≥ 50% of its text. So we probe by containment instead:
 *  - all (shingle, article) postings are sorted once (a Float64Array, no hash map of strings);
 *  - each article takes its `sample` lowest-hashed shingles AMONG THOSE SOME OTHER ARTICLE ALSO HAS
 *    (document frequency 2..maxDf) — a consistent bottom-k sample, so two articles sharing text pick
 *    the same shingles;
 *  - a pair becomes a candidate when one article's sample meets the other on ≥ `minHits` shingles and
 *    on ≥ `minShare` (20%) of that sample.
 * If a shares half of its shingles with b, about half of a's sample lies in b: with sample 24 the
 * chance of fewer than 5 hits (20%) is about 1e-3. Shingles in more than `maxDf` articles (boilerplate such
 * as "reporting by ... editing by") are ignored. A word-swapping rewrite changes one word in four and
 * leaves few exact 5-grams: this filter does not see it, which is why small corpora align all pairs.
 */

export interface FingerprintOptions {
  /** words per shingle */
  k?: number;
  /** sampled shingles per article */
  sample?: number;
  /** shingles in more articles than this are boilerplate, not evidence */
  maxDf?: number;
  /** sampled shingles two articles must share */
  minHits?: number;
  /** ...and the share of one article's sample they must cover (half-shared text covers ~50%) */
  minShare?: number;
}

export const DEFAULT_FINGERPRINT: Required<FingerprintOptions> = { k: 5, sample: 24, maxDf: 200, minHits: 2, minShare: 0.2 };

export interface CandidatePair {
  a: number;
  b: number;
  /** sampled shingles the two share */
  hits: number;
}

function fnv(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const wordCache = new Map<string, number>();
function wordHash(w: string): number {
  let h = wordCache.get(w);
  if (h === undefined) {
    h = fnv(w);
    if (wordCache.size < 500_000) wordCache.set(w, h);
  }
  return h;
}

/** Folded words of a text: letters and digits, lower case, apostrophes straightened. */
export function shingleWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** Distinct 32-bit hashes of the text's k-word shingles, sorted. */
export function shingleHashes(text: string, k = DEFAULT_FINGERPRINT.k): Uint32Array {
  const words = shingleWords(text).map(wordHash);
  const n = Math.max(0, words.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < k; j++) {
      h = Math.imul(h ^ words[i + j], 0x85ebca6b);
      h ^= h >>> 13;
    }
    h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
    out[i] = (h ^ (h >>> 16)) >>> 0;
  }
  out.sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[u++] = out[i];
  return out.slice(0, u);
}

const DOC_BITS = 2 ** 21;

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

/** Candidate pairs (a < b) from shingle sets, by the consistent bottom-k containment probe. */
export function candidatesFromShingles(sets: Uint32Array[], options: FingerprintOptions = {}): CandidatePair[] {
  const o = { ...DEFAULT_FINGERPRINT, ...options };
  const keys = sortedPostings(sets);
  const n = sets.length;
  const taken = new Int32Array(n);
  // each article's sampled runs, as [start, end) into `keys`; memory O(articles × sample), no pair map
  const selStart = new Int32Array(n * o.sample);
  const selEnd = new Int32Array(n * o.sample);
  for (let s = 0; s < keys.length; ) {
    const h = Math.floor(keys[s] / DOC_BITS);
    let e = s;
    while (e < keys.length && Math.floor(keys[e] / DOC_BITS) === h) e++;
    if (e - s >= 2 && e - s <= o.maxDf) {
      // runs come in increasing hash order: an article's first `sample` runs are its bottom-k sample
      for (let r = s; r < e; r++) {
        const d = keys[r] - h * DOC_BITS;
        if (taken[d] >= o.sample) continue;
        selStart[d * o.sample + taken[d]] = s;
        selEnd[d * o.sample + taken[d]] = e;
        taken[d]++;
      }
    }
    s = e;
  }
  const best = new Map<number, number>();
  const count = new Int32Array(n);
  const touched: number[] = [];
  for (let d = 0; d < n; d++) {
    for (let k = 0; k < taken[d]; k++) {
      const s = selStart[d * o.sample + k];
      const e = selEnd[d * o.sample + k];
      for (let r = s; r < e; r++) {
        const other = keys[r] - Math.floor(keys[r] / DOC_BITS) * DOC_BITS;
        if (other === d) continue;
        if (count[other] === 0) touched.push(other);
        count[other]++;
      }
    }
    const need = Math.max(o.minHits, Math.ceil(o.minShare * taken[d]));
    for (const other of touched) {
      if (count[other] >= need) {
        const pair = d < other ? d * n + other : other * n + d;
        best.set(pair, Math.max(best.get(pair) ?? 0, count[other]));
      }
      count[other] = 0;
    }
    touched.length = 0;
  }
  const out: CandidatePair[] = [];
  for (const [key, c] of best) out.push({ a: Math.floor(key / n), b: key % n, hits: c });
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

export function candidatePairs(texts: string[], options: FingerprintOptions = {}): CandidatePair[] {
  const k = options.k ?? DEFAULT_FINGERPRINT.k;
  return candidatesFromShingles(texts.map((t) => shingleHashes(t, k)), options);
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
