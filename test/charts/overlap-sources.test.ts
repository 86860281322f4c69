import { strict as assert } from "node:assert";
import { overlapSources } from "../../src/charts/overlap-sources";
import { OVERLAP } from "./overlap-fixtures";
import { matchSnapshot } from "./snapshot";

describe("overlapSources", () => {
  const fig = overlapSources(OVERLAP);
  const data = fig.data as Array<{ name: string; y: number[]; hovertext: string[] }>;

  it("matches its snapshot", () => matchSnapshot("overlap-sources", fig));

  it("stacks, per article, the share found in each other article; articles found nowhere get no trace", () => {
    assert.deepEqual(data.map((t) => t.name), ["abc-1", "wp-1", "wp-2", "blog-7"]);
    assert.deepEqual(data[0].y, [0, 0.08, 0, 0.9]); // found in abc-1
    assert.deepEqual(data[3].y, [0.27, 0, 0, 0]); // found in blog-7
  });

  it("says the exact share on hover", () => {
    assert.equal(data[0].hovertext[3], "90% of blog-7 is aligned with abc-1");
  });

  it("draws nothing when no pair shares text", () => {
    const none = overlapSources({ ...OVERLAP, pairs: OVERLAP.pairs.map((p) => ({ ...p, shared_a: 0, shared_b: 0 })) });
    assert.equal(none.data.length, 0);
  });
});
