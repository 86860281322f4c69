/**
 * A small logistic regression with L2, trained by full-batch gradient descent or (what the similarity
 * model uses) Newton's method. Enough for a few dozen similarity features and a few thousand labelled
 * pairs; no dependency needed.
 */
export interface LogisticModel {
  weights: number[];
  bias: number;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LogisticModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i] * x[i];
  return sigmoid(z);
}

/**
 * A logistic model fitted by Newton's method (iteratively reweighted least squares): the exact L2-penalised
 * optimum in a few iterations whatever the scale of the features, where gradient descent with a fixed step
 * stops short when features differ in scale or are correlated. `l2` is per pair (the penalty is n·l2·|w|²/2),
 * the bias is not penalised.
 */
export function trainLogisticNewton(xs: number[][], ys: number[], options: { iterations?: number; l2?: number } = {}): LogisticModel {
  const iterations = options.iterations ?? 30;
  const l2 = options.l2 ?? 1e-4;
  const n = xs.length;
  const d = (xs[0]?.length ?? 0) + 1; // last column: bias
  const beta = new Float64Array(d);
  const row = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const g = new Float64Array(d);
    const h = new Float64Array(d * d);
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      for (let k = 0; k < d - 1; k++) row[k] = x[k];
      row[d - 1] = 1;
      let z = 0;
      for (let k = 0; k < d; k++) z += beta[k] * row[k];
      const p = sigmoid(z);
      const wgt = Math.max(p * (1 - p), 1e-10);
      const err = p - ys[i];
      for (let k = 0; k < d; k++) {
        g[k] += err * row[k];
        const rk = wgt * row[k];
        for (let l = 0; l <= k; l++) h[k * d + l] += rk * row[l];
      }
    }
    for (let k = 0; k < d; k++) for (let l = 0; l < k; l++) h[l * d + k] = h[k * d + l];
    for (let k = 0; k < d - 1; k++) {
      g[k] += n * l2 * beta[k];
      h[k * d + k] += n * l2;
    }
    const step = solve(h, g, d);
    let change = 0;
    for (let k = 0; k < d; k++) {
      beta[k] -= step[k];
      change = Math.max(change, Math.abs(step[k]));
    }
    if (change < 1e-8) break;
  }
  return { weights: Array.from(beta.subarray(0, d - 1)), bias: beta[d - 1] };
}

/** Solves h·x = g (h symmetric positive definite, row-major d×d) by Gaussian elimination with pivoting. */
function solve(h: Float64Array, g: Float64Array, d: number): Float64Array {
  const a = Float64Array.from(h);
  const b = Float64Array.from(g);
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(a[r * d + c]) > Math.abs(a[p * d + c])) p = r;
    if (p !== c) {
      for (let k = 0; k < d; k++) [a[c * d + k], a[p * d + k]] = [a[p * d + k], a[c * d + k]];
      [b[c], b[p]] = [b[p], b[c]];
    }
    const piv = a[c * d + c] || 1e-12;
    for (let r = c + 1; r < d; r++) {
      const f = a[r * d + c] / piv;
      if (f === 0) continue;
      for (let k = c; k < d; k++) a[r * d + k] -= f * a[c * d + k];
      b[r] -= f * b[c];
    }
  }
  const x = new Float64Array(d);
  for (let r = d - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < d; k++) s -= a[r * d + k] * x[k];
    x[r] = s / (a[r * d + r] || 1e-12);
  }
  return x;
}
