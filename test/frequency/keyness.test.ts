import { strict as assert } from "node:assert";
import { countTerms } from "../../src/frequency/counts";
import { resolveCountOptions } from "../../src/frequency/analyse";
import { distinctive } from "../../src/frequency/keyness";
import { g2Table, g2TwoCorpus, logOddsDirichlet, logRatio } from "../../src/frequency/stats";
import { idf } from "../../src/frequency/tfidf";
import { doc } from "./helpers";

// a: "The war ended. War is over. Peace came."  8 words; war 2, peace 1
// b: "Peace talks began. Peace is near."        6 words; war 0, peace 2      N = 14
const docs = [doc("a", "The war ended. War is over. Peace came."), doc("b", "Peace talks began. Peace is near.")];
const table = countTerms(docs, resolveCountOptions(docs, { phrases: false }));
const row = (method: "logodds" | "g2" | "tfidf", article: string, key: string) =>
  distinctive(table, { method, minCount: 2, direction: "both" }).find((r) => r.article === article && r.key === key);

describe("frequency/keyness", () => {
  it("log-odds with informative Dirichlet prior: hand-computed z for 'war' in a", () => {
    // prior α = corpus count of war = 2, α0 = N = 14; y = 2, n = 8, yr = 0, nr = 6
    // δ = ln((2+2)/(8+14−2−2)) − ln((0+2)/(6+14−0−2)) = ln(4/18) − ln(2/18) = ln 2 = 0.693147
    // σ² = 1/(2+2) + 1/(0+2) = 0.75;  z = 0.693147 / √0.75 = 0.800377
    const r = logOddsDirichlet(2, 0, 8, 6, 2, 14);
    assert.ok(Math.abs(r.delta - Math.LN2) < 1e-12);
    assert.ok(Math.abs(r.z - 0.800377) < 1e-6);
    const w = row("logodds", "a", "war")!;
    assert.deepEqual([w.score, w.count, w.restCount, w.per10k, w.restPer10k, w.direction], [0.8, 2, 0, 2500, 0, "over"]);
  });

  it("G² and Log Ratio: hand-computed for 'war' in a", () => {
    // E1 = 8·2/14 = 1.142857, E2 = 6·2/14 = 0.857143; G² = 2·(2·ln(2/1.142857) + 0) = 4·ln 1.75 = 2.238463
    assert.ok(Math.abs(g2TwoCorpus(2, 0, 8, 6) - 4 * Math.log(1.75)) < 1e-12);
    // Log Ratio: zero → 0.5; log2((2/8)/(0.5/6)) = log2 3 = 1.584963
    assert.ok(Math.abs(logRatio(2, 0, 8, 6) - Math.log2(3)) < 1e-12);
    const w = row("g2", "a", "war")!;
    assert.deepEqual([w.score, w.logRatio, w.count, w.restCount], [2.238, 1.585, 2, 0]);
  });

  it("G² is negative for a term the target uses less: 'peace' in a", () => {
    // a = 1 of 8, b = 2 of 6; E1 = 8·3/14 = 1.714286, E2 = 6·3/14 = 1.285714
    // G² = 2·(1·ln(1/1.714286) + 2·ln(2/1.285714)) = 2·(−0.538997 + 0.883666) = 0.689338
    assert.ok(Math.abs(g2TwoCorpus(1, 2, 8, 6) - 0.689338) < 1e-6);
    const p = row("g2", "a", "peace")!;
    assert.deepEqual([p.score, p.direction, p.count, p.restCount], [-0.689, "under", 1, 2]);
  });

  it("TF-IDF = raw count × ln(N/df): 'war' 2 × ln(2/1) = 1.386294, 'peace' in both groups scores 0", () => {
    assert.equal(idf(2, 1), Math.LN2);
    assert.equal(idf(2, 2), 0);
    const w = row("tfidf", "a", "war")!;
    assert.deepEqual([w.score, w.idf, w.df, w.count], [1.386, 0.6931, 1, 2]);
    assert.equal(row("tfidf", "b", "peace"), undefined);
  });

  it("a minimum count keeps one-off words off the list", () => {
    const keys = distinctive(table, { method: "g2", minCount: 2 }).map((r) => r.key);
    assert.deepEqual(keys, ["war", "peace"]);
    assert.deepEqual(distinctive(table, { method: "g2", minCount: 1 }).filter((r) => r.article === "a").map((r) => r.key), ["war", "came", "ended"]);
  });

  it("the 2×2 G² for collocations: a pair always together", () => {
    // k11 = 3, k12 = 0, k21 = 0, n = 25: E11 = 3·3/25 = 0.36, E22 = 22·22/25 = 19.36
    // G² = 2·(3·ln(3/0.36) + 22·ln(22/19.36)) = 2·(6.360791 + 2.812335) = 18.346250
    assert.ok(Math.abs(g2Table(3, 0, 0, 25) - 18.34625) < 1e-5);
  });
});
