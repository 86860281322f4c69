/**
 * An article's signature: the sample of its shingles (shingles.ts) that the candidate filter compares,
 * per family. A pure function of the article's text, so a store can keep it per article — a table
 * `signatures (article, family, hash)` — and find the same candidate pairs with a join as the in-memory
 * filter (fingerprint.ts, which builds its postings from this very function).
 *
 * The sample is consistent (a shingle two articles share is sampled in both or judged in both) and
 * serves containment, not just resemblance: a short article inside a long one must be found.
 *   sample(a) = every shingle of a whose hash is below `rate` × 2³² (a fixed share of any article,
 *               so a long article keeps the shingles a short one inside it is checked by)
 *             ∪ a's `bottom` lowest-hashed shingles (so a short article still has enough of them).
 * Every shingle of a with a hash ≤ max(sample(a)) is in sample(a). Hence, for a pair (a, b):
 *   hits(a, b)  = |sample(a) ∩ sample(b)|, boilerplate hashes left out;
 *   tested(a→b) = |{h ∈ sample(a), not boilerplate : h ≤ max(sample(b))}|: the sampled shingles of a
 *                 that b would have sampled had it had them;
 *   hits / tested(a→b) estimates the share of a's shingles found in b (without bias while b has more
 *   shingles than its sample; when b is sampled whole it errs high, and the exact check below decides).
 * The pair is probed in a family when both articles have ≥ `minShingles` shingles in it and
 *   hits ≥ minHits and hits ≥ minShare × min(tested(a→b), tested(b→a)),
 * then kept when the family's exact containment (the full shingle sets, recomputed from the two texts)
 * is ≥ its `minContainment`. A pair is a candidate when any family keeps it.
 *
 * Boilerplate ("reporting by … editing by") is a shingle hash sampled by more than `maxDf` articles of
 * the corpus: its document frequency counted over the signatures, at join time — the signature itself
 * never depends on the corpus. In SQL, with df = count(*) per (family, hash) of `signatures`:
 *   hits:   signatures s JOIN signatures t USING (family, hash) WHERE s.article < t.article AND df ≤ maxDf
 *           GROUP BY s.article, t.article, family;
 *   tested: for each such pair, count(*) of a's non-boilerplate rows with hash ≤ max(hash) of b's rows
 *           in that family (and the same the other way);
 * then the thresholds above (`minShingles` needs each article's full family size: the length of
 * `articleShingles(text)[family]`, kept beside the signature or recomputed from the text), then the
 * exact containment on the two texts (`articleShingles`). test/overlap/fingerprint.test.ts runs this
 * join in plain code and gets the in-memory filter's pairs.
 */
import { articleShingles, SHINGLE_FAMILIES, type ShingleFamily } from "./shingles";

export interface SampleOptions {
  /** the lowest-hashed shingles every article keeps */
  bottom: number;
  /** the share of all hashes every article keeps besides (hash < rate × 2³²) */
  rate: number;
}

export const DEFAULT_SAMPLE: SampleOptions = { bottom: 32, rate: 1 / 6 };

export interface SignatureRow {
  family: string;
  hash: number;
}

/** The sample of one sorted distinct shingle set: a prefix of it (the sample is "every shingle ≤ some hash"). */
export function sampleOf(shingles: Uint32Array, options: SampleOptions = DEFAULT_SAMPLE): Uint32Array {
  const cut = options.rate * 2 ** 32;
  let lo = 0;
  let hi = shingles.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (shingles[mid] < cut) lo = mid + 1; else hi = mid; }
  return shingles.subarray(0, Math.max(lo, Math.min(options.bottom, shingles.length)));
}

/** An article's shingle sets and their samples, per family: what the in-memory filter keeps of it. */
export interface ArticlePrint {
  shingles: Uint32Array[];
  samples: Uint32Array[];
}

export function articlePrint(text: string, families: readonly ShingleFamily[] = SHINGLE_FAMILIES, sample: SampleOptions = DEFAULT_SAMPLE): ArticlePrint {
  const shingles = articleShingles(text, families);
  return { shingles, samples: shingles.map((s) => sampleOf(s, sample)) };
}

/** The article's signature: the sampled shingle hashes of every family, as a store keeps them. */
export function articleSignature(text: string, families: readonly ShingleFamily[] = SHINGLE_FAMILIES, sample: SampleOptions = DEFAULT_SAMPLE): SignatureRow[] {
  const { samples } = articlePrint(text, families, sample);
  return samples.flatMap((s, f) => Array.from(s, (hash) => ({ family: families[f].name, hash })));
}
