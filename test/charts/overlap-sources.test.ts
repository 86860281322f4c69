import { strict as assert } from "node:assert";
import { overlapSources } from "../../src/charts/overlap-sources";
import { MAX_LEGEND, MAX_ROWS } from "../../src/charts/layout";
import { RELATION_STYLE } from "../../src/charts/theme";
import { OVERLAP } from "./overlap-fixtures";
import { figureShape, syntheticGrouping, syntheticOverlap } from "./overlap-synthetic";
import { matchSnapshot } from "./snapshot";

type Bar = { name: string; x: number[]; y: string[]; hovertext: string[]; marker: { color: string } };

describe("overlapSources", () => {
  const fig = overlapSources(OVERLAP);
  const data = fig.data as Bar[];

  it("matches its snapshot", () => matchSnapshot("overlap-sources", fig));

  it("stacks, per article, the share found in each other article, one trace per other article", () => {
    assert.deepEqual(data.map((t) => t.name), ["ABC News · 2025-02-12 · abc-1", "Washington Post · 2025-02-12 · wp-1", "Washington Post · wp-2", "2025-02-13 · blog-7"]);
    assert.deepEqual(data[0].y, ["abc-1", "wp-1", "wp-2", "blog-7"]);
    assert.deepEqual(data[0].x, [0, 0.08, 0, 0.9]); // found in abc-1
    assert.deepEqual(data[3].x, [0.27, 0, 0, 0]); // found in blog-7
  });

  it("says the exact share on hover, with labels", () => {
    assert.equal(data[0].hovertext[3], "90% of 2025-02-13 · blog-7 found in ABC News · 2025-02-12 · abc-1");
  });

  it("draws nothing when no pair shares text", () => {
    const none = overlapSources({ ...OVERLAP, pairs: OVERLAP.pairs.map((p) => ({ ...p, shared_a: 0, shared_b: 0 })) });
    assert.equal(none.data.length, 0);
  });

  it("per outlet: each article's best match, by the outlet it lies in, adds up to at most the whole", () => {
    const { result, articles } = syntheticOverlap(30, 5);
    const f = overlapSources(result, { grouping: syntheticGrouping(articles) });
    const bars = f.data as Bar[];
    const rows = bars[0].y;
    rows.forEach((_, i) => {
      const total = bars.reduce((s, b) => s + b.x[i], 0);
      assert.ok(total > 0 && total <= 1, String(total));
    });
    assert.match(bars[0].hovertext[0], /^\d+% of Outlet A's words found in (its own other articles|Outlet [A-E])$/);
  });

  it("many articles: each one's closest other article, coloured by relation, top rows", () => {
    const { result, articles } = syntheticOverlap(90, 30);
    const f = overlapSources(result, { grouping: syntheticGrouping(articles, "article"), table: "overlap-pairs" });
    const bars = f.data as Bar[];
    assert.deepEqual(bars.map((b) => [b.name, b.marker.color]), [["copy", RELATION_STYLE.copy.color]]);
    assert.equal(bars[0].y.length, MAX_ROWS);
    assert.match((f.layout.annotations as Array<{ text: string }>)[0].text, /^\d+ more articles in the CSV \(tables\/overlap-pairs\.csv\)$/);
  });

  it("keeps its legend at MAX_LEGEND entries and its layout at 5, 90 and 1,000 articles", () => {
    for (const [n, outlets, by] of [[5, 2, "article"], [90, 30, "outlet"], [1000, 350, "outlet"]] as const) {
      const { result, articles } = syntheticOverlap(n, outlets);
      const f = overlapSources(result, { grouping: syntheticGrouping(articles, by), table: "overlap-units" });
      assert.ok(f.data.length <= MAX_LEGEND);
      matchSnapshot(`overlap-sources-${n}`, figureShape(f));
    }
  });
});
