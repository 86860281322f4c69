import { strict as assert } from "node:assert";
import { independentSources, sourceOf, syndicationClusters } from "../../src/overlap/clusters";

describe("syndication clusters", () => {
  const pairs = [
    { a: "a", b: "b", relation: "copy" as const },
    { a: "b", b: "c", relation: "rewrite" as const },
    { a: "c", b: "d", relation: "shared passage" as const },
    { a: "d", b: "e", relation: "same story" as const },
    { a: "x", b: "y", relation: "copy" as const },
  ];

  it("are the connected components of copy and rewrite links; shared passages do not merge them", () => {
    const clusters = syndicationClusters(pairs);
    assert.deepEqual(clusters.map((c) => [c.id, c.articles]), [[1, ["a", "b", "c"]], [2, ["x", "y"]]]);
    assert.deepEqual(clusters[0].links.map((l) => l.relation), ["copy", "rewrite"]);
  });

  it("make copies count once among the sources of a set of articles", () => {
    const source = sourceOf(syndicationClusters(pairs));
    assert.equal(independentSources(["a", "b", "c", "d"], source), 2);
    assert.equal(independentSources(["a", "x", "y", "e"], source), 3);
    assert.equal(independentSources([], source), 0);
  });

  it("find nothing where nothing is copied", () => {
    assert.deepEqual(syndicationClusters([{ a: "a", b: "b", relation: "shared quotes" }]), []);
  });
});
