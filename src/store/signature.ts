/**
 * The rows of the `signatures` table: an article's bottom-k sample of shingle hashes per shingle
 * family, the evidence the overlap candidate join compares. Built by the overlap filter's own hashing
 * (src/overlap/fingerprint.ts) so the store and the in-memory filter sample the same shingles.
 */
import { DEFAULT_FINGERPRINT, shingleHashes } from "../overlap/fingerprint";

export interface SignatureHash {
  /** 0: word 5-grams */
  family: number;
  hash: number;
  /** the article's sample size in this family (its denominator: all its sampled shingles) */
  k: number;
}

export function articleSignature(text: string): SignatureHash[] {
  const all = shingleHashes(text, DEFAULT_FINGERPRINT.k);
  const k = Math.min(DEFAULT_FINGERPRINT.sample, all.length);
  const out: SignatureHash[] = [];
  // shingleHashes is sorted: the first k are the bottom-k sample
  for (let i = 0; i < k; i++) out.push({ family: 0, hash: all[i], k });
  return out;
}
