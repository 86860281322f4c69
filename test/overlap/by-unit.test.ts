import { strict as assert } from "node:assert";
import { overlapByUnit, unitOverlap, unitOverlapRows } from "../../src/overlap/by-unit";
import type { OverlapResult } from "../../src/overlap/index";
import type { PairScore, Relation } from "../../src/overlap/relation";
import { groupArticles } from "../../src/grouping/groups";

const pair = (a: string, b: string, shared_a: number, shared_b: number, relation: Relation = "shared passage"): PairScore => ({
  a, b, shared_a, shared_b, verbatim_a: 0, verbatim_b: 0, relation,
  evidence: { aligned_sentences_a: 0, aligned_sentences_b: 0, sentences_a: 1, sentences_b: 1, narration_a: 0, narration_b: 0, quoted_share: 0, rare_overlap: 0, narration_sentences: 0, moved: 0, note: "" },
});

/** Outlet X: a1 (100 words), a2 (300); Y: b1 (200) and d1 (never tokenised); Z: c1 (100). */
const RESULT: OverlapResult = {
  articles: [
    { id: "a1", outlet: "X", published: null, words: 100 },
    { id: "a2", outlet: "X", published: null, words: 300 },
    { id: "b1", outlet: "Y", published: null, words: 200 },
    { id: "c1", outlet: "Z", published: null, words: 100 },
  ],
  method: { pairs_considered: 6, pairs_aligned: 6, pairs_listed: 6, strategy: "all pairs" },
  pairs: [
    pair("a1", "b1", 0.5, 0.25), pair("a2", "b1", 0.1, 0.2), pair("a1", "a2", 0.4, 0.2), pair("a1", "c1", 0.8, 0.6, "copy"),
    pair("b1", "c1", 0, 0, "unrelated"), pair("a2", "c1", 0, 0, "unrelated"),
  ],
  passages: [], quotes: [], substitutions: [], directions: [],
};
const byOutlet = (r: OverlapResult) => groupArticles(r.articles.map((a) => ({ ...a, title: null })), { unit: "outlet", reason: "" });
const close = (x: number, y: number) => assert.ok(Math.abs(x - y) < 1e-9, `${x} ≠ ${y}`);

describe("overlap per unit", () => {
  const u = unitOverlap(RESULT, byOutlet(RESULT));
  const cell = (from: string, to: string) => u.cells[u.units.findIndex((x) => x.key === from)][u.units.findIndex((x) => x.key === to)];

  it("keeps the grouping's units, largest first, with their words", () => {
    assert.deepEqual(u.units, [
      { key: "X", label: "X", articles: 2, words: 400 },
      { key: "Y", label: "Y", articles: 1, words: 200 },
      { key: "Z", label: "Z", articles: 1, words: 100 },
    ]);
  });

  it("is the words-weighted mean over the row unit's articles of each one's best match in the column unit", () => {
    close(cell("X", "Y").share, 0.25 * 0.5 + 0.75 * 0.1); // a1 → b1, a2 → b1
    close(cell("X", "Z").share, 0.25 * 0.8); // a2 has nothing in Z
    close(cell("Y", "X").share, 0.25); // b1's best in X is a1 (0.25), not a2 (0.2): best, not sum
    close(cell("Z", "X").share, 0.6);
    assert.equal(cell("Y", "Z").share, 0);
    assert.deepEqual(cell("X", "Y").best, { article: "a1", match: "b1", share: 0.5 });
    assert.equal(cell("X", "Z").articles_found, 1);
    assert.equal(cell("X", "Y").articles_found, 2);
  });

  it("compares a unit's articles with its own other articles on the diagonal", () => {
    close(cell("X", "X").share, 0.25 * 0.4 + 0.75 * 0.2);
    assert.equal(cell("Y", "Y").articles_found, 0);
  });

  it("splits each unit's words found anywhere by the unit of each article's best match", () => {
    // a1's best anywhere is c1 (0.8, in Z), a2's is a1 (0.2, in X)
    u.found[0].forEach((v, j) => close(v, [0.75 * 0.2, 0, 0.25 * 0.8][j]));
    u.found[1].forEach((v, j) => close(v, [0.25, 0, 0][j]));
  });

  it("weighs an article never tokenised (no word count) by the mean word count", () => {
    const r: OverlapResult = { ...RESULT, articles: [...RESULT.articles, { id: "d1", outlet: "Y", published: null, words: null }] };
    const v = unitOverlap(r, byOutlet(r));
    const y = v.units.findIndex((x) => x.key === "Y");
    close(v.cells[y][0].share, (200 / (200 + 175)) * 0.25);
    close(unitOverlap(r, byOutlet(r), (id) => (id === "d1" ? 600 : undefined)).cells[y][0].share, (200 / 800) * 0.25);
  });

  it("gives the non-zero cells as rows, largest share first, and the result with clusters per unit", () => {
    const rows = unitOverlapRows(u);
    assert.deepEqual(rows.map((r) => [r.unit, r.found_in, r.share]), [["Z", "X", 0.6], ["X", "X", 0.25], ["Y", "X", 0.25], ["X", "Y", 0.2], ["X", "Z", 0.2]]);
    const json = overlapByUnit(RESULT, byOutlet(RESULT));
    assert.equal(json.unit, "outlet");
    assert.deepEqual(json.clusters.map((c) => c.articles), [["a1", "c1"]]);
    assert.equal(json.by_unit!.cells.length, 5);
    assert.equal(overlapByUnit(RESULT, { ...byOutlet(RESULT), unit: "article" }).by_unit, null);
  });
});
