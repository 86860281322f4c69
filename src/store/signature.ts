/**
 * The rows of the `signatures` table: an article's sampled shingle hashes per shingle family, the
 * evidence the overlap candidate join compares, built by the overlap filter's own hashing
 * (src/overlap/fingerprint.ts) so the store and the in-memory filter sample the same shingles.
 */
import { DEFAULT_FINGERPRINT, shingleHashes } from "../overlap/fingerprint";

/** The families the store samples, with the settings the candidate join and the exact check use. */
export const STORE_FAMILIES = [{ name: "words", maxDf: DEFAULT_FINGERPRINT.maxDf, minShingles: 1, minContainment: DEFAULT_FINGERPRINT.minContainment }];

export interface SignatureHash {
  family: string;
  hash: number;
  /** the article's shingles in this family */
  shingles: number;
}

export function articleSignature(text: string): SignatureHash[] {
  const all = shingleHashes(text, DEFAULT_FINGERPRINT.k);
  const k = Math.min(DEFAULT_FINGERPRINT.sample, all.length);
  const out: SignatureHash[] = [];
  // shingleHashes is sorted: the first k are the bottom-k sample
  for (let i = 0; i < k; i++) out.push({ family: "words", hash: all[i], shingles: all.length });
  return out;
}
