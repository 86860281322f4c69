/** Small statistics shared by phrase finding and keyness. */

/** x·ln(x/e), with 0·ln 0 = 0. */
function xlx(o: number, e: number): number {
  return o > 0 ? o * Math.log(o / e) : 0;
}

/**
 * Dunning's log-likelihood G² of a 2×2 table with cells k11 (both), k12 (row only), k21 (column
 * only) and total n: G² = 2 Σ O·ln(O/E), E = row total × column total / n. Used for collocations
 * (is "white house" more frequent than "white" and "house" apart would predict?).
 */
export function g2Table(k11: number, k12: number, k21: number, n: number): number {
  const k22 = n - k11 - k12 - k21;
  if (n <= 0) return 0;
  const r1 = k11 + k12;
  const r2 = k21 + k22;
  const c1 = k11 + k21;
  const c2 = k12 + k22;
  const g =
    2 *
    (xlx(k11, (r1 * c1) / n) + xlx(k12, (r1 * c2) / n) + xlx(k21, (r2 * c1) / n) + xlx(k22, (r2 * c2) / n));
  return g > 0 ? g : 0;
}

/**
 * Two-corpus log-likelihood (Rayson & Garside 2000): a = count in the target of size nT, b = count
 * in the reference of size nR. E1 = nT·(a+b)/(nT+nR), E2 = nR·(a+b)/(nT+nR),
 * G² = 2·(a·ln(a/E1) + b·ln(b/E2)). The usual corpus-linguistics form, which keeps only the two
 * cells of the term; it differs from the full 2×2 G² by the (small) terms of the other words.
 */
export function g2TwoCorpus(a: number, b: number, nT: number, nR: number): number {
  const total = nT + nR;
  if (total <= 0 || a + b === 0) return 0;
  const e1 = (nT * (a + b)) / total;
  const e2 = (nR * (a + b)) / total;
  return 2 * (xlx(a, e1) + xlx(b, e2));
}

/**
 * Hardie's (2014) Log Ratio: log2 of the ratio of relative frequencies, log2((a/nT)/(b/nR)); a zero
 * count is replaced by 0.5 so a word absent from one side gets a finite, conservative value. Each
 * point is a doubling: 1 = twice as frequent in the target, -1 = half.
 */
export function logRatio(a: number, b: number, nT: number, nR: number): number {
  const a1 = a === 0 ? 0.5 : a;
  const b1 = b === 0 ? 0.5 : b;
  return Math.log2(a1 / nT / (b1 / nR));
}

/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, eqs. 16–22).
 * y = count in the target (size n), yr = count in the reference (size nr), alpha = prior count of
 * this word, alpha0 = prior total:
 *   δ = ln((y+α)/(n+α0−y−α)) − ln((yr+α)/(nr+α0−yr−α))
 *   σ² ≈ 1/(y+α) + 1/(yr+α),   z = δ/σ.
 * The prior shrinks the estimate for rare words towards the corpus rate, so a word seen twice does
 * not beat a word seen forty times; z measures how sure we are that the target uses it more.
 */
export function logOddsDirichlet(
  y: number,
  yr: number,
  n: number,
  nr: number,
  alpha: number,
  alpha0: number,
): { delta: number; variance: number; z: number } {
  const delta = Math.log((y + alpha) / (n + alpha0 - y - alpha)) - Math.log((yr + alpha) / (nr + alpha0 - yr - alpha));
  const variance = 1 / (y + alpha) + 1 / (yr + alpha);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}
