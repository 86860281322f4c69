import { strict as assert } from "node:assert";
import { clusterTable, GRAPH_MAX_NODES, graphFits, overlapGraph } from "../../src/charts/overlap-graph";
import { rankedColors, RELATION_STYLE } from "../../src/charts/theme";
import { OVERLAP } from "./overlap-fixtures";
import { figureShape, syntheticGrouping, syntheticOverlap } from "./overlap-synthetic";
import { matchSnapshot } from "./snapshot";

type Trace = { name?: string; mode: string; x: Array<number | null>; y: Array<number | null>; text?: string[]; marker?: { color: string | string[] }; hovertext?: string[]; line?: unknown };
type Axis = { tickvals: number[]; ticktext: string[] };

describe("overlapGraph", () => {
  const fig = overlapGraph(OVERLAP);
  const data = fig.data as Trace[];

  it("matches its snapshot", () => matchSnapshot("overlap-graph", fig));

  it("draws only copy, rewrite and shared-passage links, and only the articles they join", () => {
    assert.deepEqual(data.filter((t) => t.mode === "lines").map((t) => [t.name, t.line]), [["rewrite", RELATION_STYLE.rewrite]]);
    assert.equal(data.find((t) => t.name === "rewrite")!.x.length, 18); // one arc of 17 points and its null break
    const yaxis = fig.layout.yaxis as Axis;
    assert.deepEqual(yaxis.ticktext, ["ABC News · 2025-02-12 · abc-1", "2025-02-13 · blog-7"]);
  });

  it("names the two articles of a link as A and B on its hover, with both shares and the note", () => {
    const edges = data.filter((t) => t.mode === "markers" && t.text);
    assert.deepEqual(edges[0].text, ["A: ABC News · 2025-02-12 · abc-1<br>B: 2025-02-13 · blog-7<br>rewrite, shared 27% of A, 90% of B<br>90% of B's narration is reworded from A"]);
  });

  it("colours articles by outlet and puts the id on the article's hover", () => {
    const nodes = data[data.length - 1];
    const colors = rankedColors(["Washington Post", "ABC News", "unknown"]);
    assert.deepEqual(nodes.marker!.color, [colors.color("ABC News"), colors.color("unknown")]);
    assert.equal(nodes.hovertext![1], "2025-02-13 · blog-7<br>id: blog-7<br>outlet: unknown<br>published: 2025-02-13<br>120 words");
  });

  it("lays clusters out as bands of rows, largest first, then the articles linked only by shared passages", () => {
    const { result, articles } = syntheticOverlap(30, 5);
    const g = overlapGraph(result, { grouping: syntheticGrouping(articles) });
    const bands = (g.layout.annotations as Array<{ text: string }>).map((a) => a.text);
    assert.deepEqual(bands, ["cluster 1: 6 articles, 5 outlets", "cluster 2: 4 articles, 4 outlets", "cluster 3: 3 articles, 3 outlets", "cluster 4: 3 articles, 3 outlets",
      "cluster 5: 2 articles, 2 outlets", "cluster 6: 2 articles, 2 outlets", "cluster 7: 2 articles, 2 outlets", "shared passages only"]);
    const ticks = (g.layout.yaxis as Axis).tickvals;
    assert.equal(ticks.length, 28);
    assert.deepEqual(ticks.slice(0, 8), [0, 1, 2, 3, 4, 5, 7, 8]); // an empty row between bands
  });

  it("fills the rows left after the clusters with articles linked only by shared passages, and says how many more", () => {
    const { result, articles } = syntheticOverlap(48, 6);
    const g = overlapGraph(result, { grouping: syntheticGrouping(articles), table: "overlap-pairs" });
    assert.equal((g.layout.yaxis as Axis).tickvals.length, GRAPH_MAX_NODES);
    const notes = (g.layout.annotations as Array<{ text: string; y: number }>).filter((a) => a.text.includes("more"));
    assert.deepEqual(notes.map((n) => [n.text, n.y]), [["4 more articles linked only by a shared passage in the CSV (tables/overlap-pairs.csv)", 0]]);
  });

  it("draws the clusters while their articles fit its rows, else the ranked table of clusters", () => {
    const small = syntheticOverlap(40, 5).result;
    const big = syntheticOverlap(90, 3).result;
    assert.ok(graphFits(small) && !graphFits(big));
    assert.equal(overlapGraph(big).data[0].type, "table");
    const rows = overlapGraph(small).layout.yaxis as Axis;
    assert.ok(rows.tickvals.length <= GRAPH_MAX_NODES);
  });

  it("keeps its layout at 5, 90 and 1,000 articles", () => {
    for (const [n, outlets] of [[5, 2], [90, 3], [1000, 350]]) {
      const { result, articles } = syntheticOverlap(n, outlets);
      matchSnapshot(`overlap-graph-${n}`, figureShape(overlapGraph(result, { grouping: syntheticGrouping(articles), table: "overlap-clusters" })));
    }
  });
});

describe("clusterTable", () => {
  const { result, articles } = syntheticOverlap(1000, 350);
  const fig = clusterTable(result, { grouping: syntheticGrouping(articles), table: "overlap-clusters" });
  const cells = (fig.data[0] as { cells: { values: unknown[][] } }).cells.values;

  it("ranks the clusters by size with outlets, days, first article and relation mix, top rows only", () => {
    // the largest synthetic cluster is articles 17–22 (outlets Q1–V1); article 19 is the earliest
    assert.equal(cells[0].length, 20);
    assert.deepEqual(cells.map((c) => c[0]), [1, 6, "6: Outlet Q1, Outlet R1, Outlet S1, …", "2024-01-07 to 2024-02-29", "Outlet S1 · 2024-01-07 · Report number 19 on the matter of…", "3 copy, 2 rewrite"]);
    assert.match((fig.layout.annotations as Array<{ text: string }>)[0].text, /^\d+ more clusters in the CSV \(tables\/overlap-clusters\.csv\)$/);
  });
});
