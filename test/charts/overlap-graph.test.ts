import { strict as assert } from "node:assert";
import { overlapGraph } from "../../src/charts/overlap-graph";
import { colorScale } from "../../src/charts/theme";
import { OVERLAP } from "./overlap-fixtures";
import { matchSnapshot } from "./snapshot";

type Trace = { name?: string; mode: string; x: Array<number | null>; text?: string[]; marker?: { color: string | string[] }; hovertext?: string[] };

describe("overlapGraph", () => {
  const fig = overlapGraph(OVERLAP);
  const data = fig.data as Trace[];

  it("matches its snapshot", () => matchSnapshot("overlap-graph", fig));

  it("draws one line trace per relation present, unrelated pairs not at all", () => {
    assert.deepEqual(data.filter((t) => t.mode === "lines").map((t) => t.name), ["same story", "shared quotes", "rewrite"]);
    assert.equal(data.find((t) => t.name === "rewrite")!.x.length, 3); // one segment and its null break
  });

  it("puts the relation, both shares and the note on the edge's hover", () => {
    const edges = data.filter((t) => t.mode === "markers" && t.text);
    assert.deepEqual(edges[2].text, ["abc-1 ↔ blog-7: rewrite<br>shared 27% / 90%<br>90% of blog-7's narration is reworded from abc-1"]);
  });

  it("colours articles by outlet, an unknown outlet by article id", () => {
    const nodes = data[data.length - 1];
    const color = colorScale(["ABC News", "Washington Post", "Washington Post", "blog-7"]);
    assert.deepEqual(nodes.marker!.color, [color("ABC News"), color("Washington Post"), color("Washington Post"), color("blog-7")]);
    assert.equal(nodes.hovertext![2], "wp-2<br>outlet: Washington Post<br>published: unknown<br>250 words");
  });
});
