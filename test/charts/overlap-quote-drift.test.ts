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
    // one tag per word, no attributes: Plotly wraps cells at spaces and would cut a tag holding one
    assert.equal(cells[2][0], "We will end the <s>war</s> <b>warfare</b> &lt;soon&gt;");
    assert.equal(cells[2][1], "talks <s>will</s> <b>would</b> start <s>&amp;</s> <s>go</s> <s>on</s>");
  });
});
