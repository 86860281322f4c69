import { strict as assert } from "node:assert";
import { describeClusters, independentSources, relationMix, sourceOf, syndicationClusters } from "../../src/overlap/clusters";

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

  it("are described for a reader: outlets, first and last day, the earliest article, the links inside", () => {
    const articles = [
      { id: "a", outlet: "AP", published: "2024-03-02T10:00:00Z" },
      { id: "b", outlet: "unknown", published: "2024-03-01" },
      { id: "c", outlet: "Star", published: null },
      { id: "x", outlet: "AP", published: null },
      { id: "y", outlet: "AP", published: null },
    ];
    const more = [...pairs, { a: "a", b: "c", relation: "shared passage" as const }];
    const [big, small] = describeClusters(syndicationClusters(more), more, articles);
    assert.deepEqual(big, {
      cluster: 1, articles: ["a", "b", "c"], outlets: ["AP", "Star"], first_day: "2024-03-01", last_day: "2024-03-02",
      first_article: "b", links: { copy: 1, rewrite: 1, "shared passage": 1 },
    });
    // no date tells: the cluster's first article
    assert.deepEqual([small.first_article, small.first_day, small.outlets], ["x", null, ["AP"]]);
    assert.equal(relationMix(big.links), "1 copy, 1 rewrite, 1 shared passage");
    assert.equal(relationMix(small.links), "1 copy");
  });
});
