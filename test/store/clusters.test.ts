import { strict as assert } from "node:assert";
import { syndicationClusters } from "../../src/store/clusters";

describe("syndication clusters (src/store/clusters.ts)", () => {
  it("joins copies and rewrites transitively; shared passages and quotes do not merge", () => {
    const clusters = syndicationClusters([
      { a: "ap", b: "fox", relation: "copy" },
      { a: "fox", b: "blog", relation: "rewrite" },
      { a: "nyt", b: "wapo", relation: "copy" },
      { a: "blog", b: "nyt", relation: "shared passage" },
      { a: "cnn", b: "bbc", relation: "shared quotes" },
    ]);
    assert.deepEqual(clusters, [["ap", "fox", "blog"], ["nyt", "wapo"]]);
  });

  it("a long chain is one cluster", () => {
    const pairs = Array.from({ length: 5000 }, (_, i) => ({ a: `x${i}`, b: `x${i + 1}`, relation: "copy" }));
    const clusters = syndicationClusters(pairs);
    assert.equal(clusters.length, 1);
    assert.equal(clusters[0].length, 5001);
  });
});
