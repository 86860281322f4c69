/**
 * A small logistic regression, trained by full-batch gradient descent with L2. Enough for a handful of
 * similarity features and a few thousand labelled pairs; no dependency needed.
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

export function trainLogistic(
  xs: number[][],
  ys: number[],
  options: { epochs?: number; rate?: number; l2?: number } = {},
): LogisticModel {
  const epochs = options.epochs ?? 4000;
  const rate = options.rate ?? 2;
  const l2 = options.l2 ?? 1e-4;
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const n = xs.length;
  const gw = new Float64Array(d);
  for (let e = 0; e < epochs; e++) {
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      let z = b;
      for (let k = 0; k < d; k++) z += w[k] * x[k];
      const err = sigmoid(z) - ys[i];
      for (let k = 0; k < d; k++) gw[k] += err * x[k];
      gb += err;
    }
    for (let k = 0; k < d; k++) w[k] -= rate * (gw[k] / n + l2 * w[k]);
    b -= rate * (gb / n);
  }
  return { weights: w, bias: b };
}
