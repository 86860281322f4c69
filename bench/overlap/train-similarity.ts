/**
 * Trains and cross-validates the sentence-similarity classifier on the MSR paraphrase training split.
 * Prints 10-fold accuracy and F1 beside a word-overlap threshold baseline (threshold also chosen by CV)
 * and beside the first 12 features alone (the model before the second round of features); with --write
 * it stores the model trained on all pairs, and its IDF table, in src/overlap/similarity-model.ts.
 * The IDF table of each fold is built from that fold's training sentences only (no leakage); words in
 * fewer than MIN_DF sentences are left out of the table and count as rare.
 * Run: npx tsx bench/overlap/train-similarity.ts [--write]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { textView, fold } from "../../src/overlap/normalise";
import { pairFeatures, FEATURE_NAMES, buildIdfTable, idfLookup } from "../../src/overlap/similarity";
import { trainLogisticNewton, predict, type LogisticModel } from "../../src/overlap/logistic";

const MIN_DF = 10;
const L2 = 1e-4;
const trainLogistic = (x: number[][], y: number[]): LogisticModel => trainLogisticNewton(x, y, { l2: L2 });

const file = path.resolve(__dirname, "../../..", "shared/corpora/paraphrase/msr_paraphrase_train.txt");
if (!fs.existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}
const lines = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).slice(1).filter((l) => l.trim());
const rows = lines.map((l) => l.split("\t")).filter((c) => c.length >= 5);
const ys = rows.map((c) => Number(c[0]));
const views = rows.map((c) => [textView(c[3]), textView(c[4])]);
const featuresWith = (idx: number[]) => {
  const idf = idfLookup(buildIdfTable(idx.flatMap((i) => views[i]), MIN_DF));
  return (i: number) => pairFeatures(views[i][0], views[i][1], idf);
};
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
const oldPred: number[] = new Array(rows.length);
const basePred: number[] = new Array(rows.length);
for (let k = 0; k < K; k++) {
  const tr = rows.map((_, i) => i).filter((i) => folds[i] !== k);
  const te = rows.map((_, i) => i).filter((i) => folds[i] === k);
  const feat = featuresWith(tr);
  const xs = new Map(rows.map((_, i) => [i, feat(i)]));
  const model = trainLogistic(tr.map((i) => xs.get(i)!), tr.map((i) => ys[i]));
  for (const i of te) lrPred[i] = predict(model, xs.get(i)!) >= 0.5 ? 1 : 0;
  const old = trainLogistic(tr.map((i) => xs.get(i)!.slice(0, 12)), tr.map((i) => ys[i]));
  for (const i of te) oldPred[i] = predict(old, xs.get(i)!.slice(0, 12)) >= 0.5 ? 1 : 0;
  let best = 0, bestT = 0.5;
  for (let t = 0.2; t <= 0.9; t += 0.01) {
    const acc = tr.reduce((s, i) => s + ((overlap[i] >= t ? 1 : 0) === ys[i] ? 1 : 0), 0);
    if (acc > best) { best = acc; bestT = t; }
  }
  for (const i of te) basePred[i] = overlap[i] >= bestT ? 1 : 0;
}
const lr = score(lrPred, ys);
const base = score(basePred, ys);
const oldScore = score(oldPred, ys);
const major = ys.filter((y) => y === 1).length / ys.length;
console.log(`MSRP train: ${rows.length} pairs, ${(major * 100).toFixed(1)}% paraphrases (majority-class accuracy)`);
console.log(`word-overlap threshold (10-fold CV): accuracy ${(base.accuracy * 100).toFixed(1)}%  F1 ${(base.f1 * 100).toFixed(1)}%`);
console.log(`logistic regression, first 12 features only (10-fold CV): accuracy ${(oldScore.accuracy * 100).toFixed(1)}%  F1 ${(oldScore.f1 * 100).toFixed(1)}%`);
console.log(`logistic regression, ${FEATURE_NAMES.length} features (10-fold CV): accuracy ${(lr.accuracy * 100).toFixed(1)}%  F1 ${(lr.f1 * 100).toFixed(1)}%`);
const all = rows.map((_, i) => i);
const table = buildIdfTable(all.flatMap((i) => views[i]), MIN_DF);
const fullFeat = featuresWith(all);
const full = trainLogistic(all.map(fullFeat), ys);
console.log("weights:", FEATURE_NAMES.map((n, i) => `${n}=${full.weights[i].toFixed(3)}`).join(" "), `bias=${full.bias.toFixed(3)}`);
if (process.argv.includes("--write")) {
  const out = path.resolve(__dirname, "../../src/overlap/similarity-model.ts");
  const body = `/**
 * Sentence-similarity weights trained on the MSR paraphrase training split (${rows.length} pairs) by
 * bench/overlap/train-similarity.ts --write. 10-fold CV: accuracy ${(lr.accuracy * 100).toFixed(1)}%, F1 ${(lr.f1 * 100).toFixed(1)}%
 * (word-overlap threshold: ${(base.accuracy * 100).toFixed(1)}%, F1 ${(base.f1 * 100).toFixed(1)}%; the first 12 features alone: ${(oldScore.accuracy * 100).toFixed(1)}%, F1 ${(oldScore.f1 * 100).toFixed(1)}%).
 * Feature order: FEATURE_NAMES in similarity.ts. SIMILARITY_IDF: document frequencies of the words found in at
 * least ${MIN_DF} of the ${table.sentences} training sentences (the IDF features; rarer words count as rare).
 */
import type { LogisticModel } from "./logistic";
import type { IdfTable } from "./idf";

export const SIMILARITY_MODEL: LogisticModel = {
  weights: [${full.weights.map((w) => w.toFixed(4)).join(", ")}],
  bias: ${full.bias.toFixed(4)},
};

export const SIMILARITY_IDF: IdfTable = {
  sentences: ${table.sentences},
  minDf: ${table.minDf},
  df: ${JSON.stringify(table.df)},
};
`;
  fs.writeFileSync(out, body);
  console.log(`wrote ${out}`);
}
