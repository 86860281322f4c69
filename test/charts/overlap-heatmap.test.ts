import { strict as assert } from "node:assert";
import { overlapHeatmap } from "../../src/charts/overlap-heatmap";
import { MAX_ROWS } from "../../src/charts/layout";
import { OVERLAP } from "./overlap-fixtures";
import { figureShape, syntheticGrouping, syntheticOverlap } from "./overlap-synthetic";
import { matchSnapshot } from "./snapshot";

type Heat = { x: string[]; y: string[]; z: Array<Array<number | null>>; hovertext: string[][]; text?: string[][] };
type Axis = { ticktext: string[]; tickangle: number };

describe("overlapHeatmap", () => {
  const fig = overlapHeatmap(OVERLAP);
  const trace = fig.data[0] as Heat;

  it("matches its snapshot", () => matchSnapshot("overlap-heatmap", fig));

  it("is asymmetric: a row is the share of the row article found in the column article", () => {
    assert.deepEqual(trace.x, ["abc-1", "wp-1", "wp-2", "blog-7"]);
    assert.equal(trace.z[3][0], 0.9); // blog-7 found in abc-1
    assert.equal(trace.z[0][3], 0.27); // abc-1 found in blog-7
  });

  it("names articles by label on both axes (a few columns: one label part a line)", () => {
    assert.deepEqual((fig.layout.yaxis as Axis).ticktext, ["ABC News · 2025-02-12 · abc-1", "Washington Post · 2025-02-12 · wp-1", "Washington Post · wp-2", "2025-02-13 · blog-7"]);
    assert.equal((fig.layout.xaxis as Axis).ticktext[0], "ABC News<br>2025-02-12<br>abc-1");
    assert.equal((fig.layout.xaxis as Axis).tickangle, 0);
  });

  it("leaves the diagonal and pairs with no shared text blank, and names both articles, the value and the relation on hover", () => {
    assert.deepEqual(trace.z.map((row, i) => row[i]), [null, null, null, null]);
    assert.equal(trace.z[0][2], null); // abc-1 ↔ wp-2: unrelated, nothing shared
    assert.equal(trace.hovertext[3][0], "2025-02-13 · blog-7: 90% of its words lie in passages aligned with ABC News · 2025-02-12 · abc-1<br>relation: rewrite");
    assert.equal(trace.hovertext[1][1], "");
    assert.equal(trace.text![1][2], "3%");
  });

  it("per outlet: the row outlet's words found in the column outlet's articles", () => {
    const { result, articles } = syntheticOverlap(30, 5);
    const f = overlapHeatmap(result, { grouping: syntheticGrouping(articles) });
    const t = f.data[0] as Heat;
    assert.deepEqual(t.y, ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]);
    assert.ok(t.z.flat().every((v) => v === null || (v > 0 && v <= 1)));
    assert.match(t.hovertext[0][1], /^Outlet A: \d+% of its words found in Outlet B's articles<br>\d of its 6 articles<br>most: Outlet A · /);
    assert.match(t.hovertext[1][1], /found in its own other articles/);
  });

  it("draws at most the rows that fit, the pairs sharing most text, and says how many more the CSV has", () => {
    const { result, articles } = syntheticOverlap(90, 30);
    const f = overlapHeatmap(result, { grouping: syntheticGrouping(articles, "article"), table: "overlap-pairs" });
    const t = f.data[0] as Heat;
    assert.ok(t.y.length <= MAX_ROWS && t.y.length >= 25, String(t.y.length));
    assert.deepEqual(t.y.slice(0, 2), ["story-0001", "story-0002"]); // a copy pair, side by side
    assert.equal((f.layout.xaxis as Axis).tickangle, -90);
    const note = (f.layout.annotations as Array<{ text: string }>)[0].text;
    assert.match(note, /^\d+ more articles in the CSV \(tables\/overlap-pairs\.csv\)$/);
  });

  it("keeps its layout at 5, 90 and 1,000 articles", () => {
    for (const [n, outlets, by] of [[5, 2, "article"], [90, 30, "article"], [1000, 350, "outlet"]] as const) {
      const { result, articles } = syntheticOverlap(n, outlets);
      matchSnapshot(`overlap-heatmap-${n}`, figureShape(overlapHeatmap(result, { grouping: syntheticGrouping(articles, by), table: "overlap-units" })));
    }
  });
});
