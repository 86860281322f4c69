/**
 * Trains and cross-validates the sentence-similarity classifier on the MSR paraphrase training split.
 * Prints 10-fold accuracy and F1 beside a word-overlap threshold baseline (threshold also chosen by CV);
 * with --write it stores the model trained on all pairs in src/overlap/similarity-model.ts.
 * Run: npx tsx bench/overlap/train-similarity.ts [--write]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { textView, fold } from "../../src/overlap/normalise";
import { pairFeatures, FEATURE_NAMES } from "../../src/overlap/similarity";
import { trainLogistic, predict } from "../../src/overlap/logistic";

const file = path.resolve(__dirname, "../../..", "shared/corpora/paraphrase/msr_paraphrase_train.txt");
if (!fs.existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}
const lines = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).slice(1).filter((l) => l.trim());
const rows = lines.map((l) => l.split("\t")).filter((c) => c.length >= 5);
const ys = rows.map((c) => Number(c[0]));
const xs = rows.map((c) => pairFeatures(textView(c[3]), textView(c[4])));
const overlap = rows.map((c) => {
  const a = new Set(c[3].split(/\s+/).map(fold));
  const b = new Set(c[4].split(/\s+/).map(fold));
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return (2 * n) / (a.size + b.size);
});

const K = 10;
const folds = rows.map((_, i) => i % K);
function score(pred: number[], gold: number[]) {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  pred.forEach((p, i) => {
    if (p === gold[i]) ok++;
    if (p === 1 && gold[i] === 1) tp++;
    if (p === 1 && gold[i] === 0) fp++;
    if (p === 0 && gold[i] === 1) fn++;
  });
  return { accuracy: ok / gold.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}
const lrPred: number[] = new Array(rows.length);
const basePred: number[] = new Array(rows.length);
for (let k = 0; k < K; k++) {
  const tr = rows.map((_, i) => i).filter((i) => folds[i] !== k);
  const te = rows.map((_, i) => i).filter((i) => folds[i] === k);
  const model = trainLogistic(tr.map((i) => xs[i]), tr.map((i) => ys[i]));
  for (const i of te) lrPred[i] = predict(model, xs[i]) >= 0.5 ? 1 : 0;
  let best = 0, bestT = 0.5;
  for (let t = 0.2; t <= 0.9; t += 0.01) {
    const acc = tr.reduce((s, i) => s + ((overlap[i] >= t ? 1 : 0) === ys[i] ? 1 : 0), 0);
    if (acc > best) { best = acc; bestT = t; }
  }
  for (const i of te) basePred[i] = overlap[i] >= bestT ? 1 : 0;
}
const lr = score(lrPred, ys);
const base = score(basePred, ys);
const major = ys.filter((y) => y === 1).length / ys.length;
console.log(`MSRP train: ${rows.length} pairs, ${(major * 100).toFixed(1)}% paraphrases (majority-class accuracy)`);
console.log(`word-overlap threshold (10-fold CV): accuracy ${(base.accuracy * 100).toFixed(1)}%  F1 ${(base.f1 * 100).toFixed(1)}%`);
console.log(`logistic regression, ${FEATURE_NAMES.length} features (10-fold CV): accuracy ${(lr.accuracy * 100).toFixed(1)}%  F1 ${(lr.f1 * 100).toFixed(1)}%`);
const full = trainLogistic(xs, ys);
console.log("weights:", FEATURE_NAMES.map((n, i) => `${n}=${full.weights[i].toFixed(3)}`).join(" "), `bias=${full.bias.toFixed(3)}`);
if (process.argv.includes("--write")) {
  const out = path.resolve(__dirname, "../../src/overlap/similarity-model.ts");
  const body = `/**
 * Sentence-similarity weights trained on the MSR paraphrase training split (${rows.length} pairs) by
 * bench/overlap/train-similarity.ts --write. 10-fold CV: accuracy ${(lr.accuracy * 100).toFixed(1)}%, F1 ${(lr.f1 * 100).toFixed(1)}%
 * (word-overlap threshold: ${(base.accuracy * 100).toFixed(1)}%, F1 ${(base.f1 * 100).toFixed(1)}%). Feature order: FEATURE_NAMES in similarity.ts.
 */
import type { LogisticModel } from "./logistic";

export const SIMILARITY_MODEL: LogisticModel = {
  weights: [${full.weights.map((w) => w.toFixed(4)).join(", ")}],
  bias: ${full.bias.toFixed(4)},
};
`;
  fs.writeFileSync(out, body);
  console.log(`wrote ${out}`);
}
