/**
 * The rows of the `signatures` table: the overlap filter's own per-article signature
 * (src/overlap/signature.ts — the sampled shingle hashes of every family), with the article's shingle
 * count in each family, which the candidate join's `minShingles` rule needs.
 */
import { articlePrint } from "../overlap/signature";
import { SHINGLE_FAMILIES } from "../overlap/shingles";

export interface SignatureHash {
  family: string;
  hash: number;
  /** the article's shingles in this family */
  shingles: number;
}

export function articleSignature(text: string): SignatureHash[] {
  const { shingles, samples } = articlePrint(text, SHINGLE_FAMILIES);
  const out: SignatureHash[] = [];
  samples.forEach((sample, f) => {
    for (const hash of sample) out.push({ family: SHINGLE_FAMILIES[f].name, hash, shingles: shingles[f].length });
  });
  return out;
}
