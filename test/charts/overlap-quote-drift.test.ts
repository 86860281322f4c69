import { strict as assert } from "node:assert";
import { quoteDriftTable } from "../../src/charts/overlap-quote-drift";
import { OVERLAP } from "./overlap-fixtures";
import { matchSnapshot } from "./snapshot";

describe("quoteDriftTable", () => {
  const fig = quoteDriftTable(OVERLAP.quotes);
  const cells = (fig.data[0] as { cells: { values: string[][] } }).cells.values;

  it("matches its snapshot", () => matchSnapshot("overlap-quote-drift", fig));

  it("lists only drifted quotes, with both articles", () => {
    assert.deepEqual(cells[0], ["abc-1", "wp-1"]);
    assert.deepEqual(cells[1], ["blog-7", "blog-7"]);
  });

  it("marks removed and added words, escaping markup in the quote", () => {
    // colour sits on <span>: Plotly reads style attributes only there
    assert.equal(cells[2][0], "We will end the <span style='color:#D55E00'><s>war</s></span> <span style='color:#009E73'><b>warfare</b></span> &lt;soon&gt;");
    assert.equal(cells[2][1], "talks <span style='color:#D55E00'><s>will</s></span> <span style='color:#009E73'><b>would</b></span> start<span style='color:#D55E00'><s> &amp; go on</s></span>");
  });
});
