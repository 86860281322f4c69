import { strict as assert } from "node:assert";
import { overlapHeatmap } from "../../src/charts/overlap-heatmap";
import { OVERLAP } from "./overlap-fixtures";
import { matchSnapshot } from "./snapshot";

describe("overlapHeatmap", () => {
  const fig = overlapHeatmap(OVERLAP);
  const trace = fig.data[0] as { x: string[]; y: string[]; z: Array<Array<number | null>>; text: string[][] };

  it("matches its snapshot", () => matchSnapshot("overlap-heatmap", fig));

  it("is asymmetric: a row is the share of the row article found in the column article", () => {
    assert.deepEqual(trace.x, ["abc-1", "wp-1", "wp-2", "blog-7"]);
    assert.equal(trace.z[3][0], 0.9); // blog-7 found in abc-1
    assert.equal(trace.z[0][3], 0.27); // abc-1 found in blog-7
  });

  it("leaves the diagonal empty and names both articles, the value and the relation on hover", () => {
    assert.deepEqual(trace.z.map((row, i) => row[i]), [null, null, null, null]);
    assert.equal(trace.text[3][0], "blog-7: 90% of its words lie in passages aligned with abc-1<br>relation: rewrite");
    assert.equal(trace.text[1][1], "");
  });
});
