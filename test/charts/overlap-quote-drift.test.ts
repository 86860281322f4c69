import { strict as assert } from "node:assert";
import { DRIFT_ROWS, quoteDriftTable } from "../../src/charts/overlap-quote-drift";
import { OVERLAP } from "./overlap-fixtures";
import { figureShape, syntheticGrouping, syntheticOverlap } from "./overlap-synthetic";
import { matchSnapshot } from "./snapshot";

const cellsOf = (fig: ReturnType<typeof quoteDriftTable>) => (fig.data[0] as { cells: { values: string[][] } }).cells.values;

describe("quoteDriftTable", () => {
  const labels: Record<string, string> = { "abc-1": "ABC News · 2025-02-12 · abc-1", "wp-1": "Washington Post · <wp-1>", "blog-7": "blog-7" };
  const fig = quoteDriftTable(OVERLAP.quotes, { label: (id) => labels[id] });
  const cells = cellsOf(fig);

  it("matches its snapshot", () => matchSnapshot("overlap-quote-drift", fig));

  it("lists only drifted quotes, naming both articles by label (escaped)", () => {
    assert.deepEqual(cells[0], ["ABC News · 2025-02-12 · abc-1", "Washington Post · &lt;wp-1&gt;"]);
    assert.deepEqual(cells[1], ["blog-7", "blog-7"]);
  });

  it("marks removed and added words, escaping markup in the quote", () => {
    // one tag per word, no attributes: Plotly wraps cells at spaces and would cut a tag holding one
    assert.equal(cells[2][0], "We will end the <s>war</s> <b>warfare</b> &lt;soon&gt;");
    assert.equal(cells[2][1], "talks <s>will</s> <b>would</b> start <s>&amp;</s> <s>go</s> <s>on</s>");
  });

  it("shows a change carried by several pairs once, most-carried first, and the top rows with how many more", () => {
    const copied = [OVERLAP.quotes[2], OVERLAP.quotes[0], { ...OVERLAP.quotes[0], a: "wp-2" }, { ...OVERLAP.quotes[0], a: "wp-1" }];
    const c = cellsOf(quoteDriftTable(copied));
    assert.deepEqual(c[0], ["abc-1", "wp-1"]);
    assert.equal(c[2][0], "We will end the <s>war</s> <b>warfare</b> &lt;soon&gt; <i>(3 pairs)</i>");
    const f = quoteDriftTable(copied, { maxRows: 1, table: "overlap-quotes" });
    assert.equal(cellsOf(f)[0].length, 1);
    assert.equal((f.layout.annotations as Array<{ text: string }>)[0].text, "1 more changed quote in the CSV (tables/overlap-quotes.csv)");
  });

  it("keeps its layout at 5, 90 and 1,000 articles", () => {
    for (const [n, outlets] of [[5, 2], [90, 3], [1000, 350]]) {
      const { result, articles } = syntheticOverlap(n, outlets);
      const g = syntheticGrouping(articles);
      const f = quoteDriftTable(result.quotes, { label: (id) => g.articleLabel.get(id) ?? id, table: "overlap-quotes" });
      assert.ok(cellsOf(f)[0].length <= DRIFT_ROWS);
      matchSnapshot(`overlap-quote-drift-${n}`, figureShape(f));
    }
  });
});
