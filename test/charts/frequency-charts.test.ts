import { strict as assert } from "node:assert";
import { topTermsChart } from "../../src/charts/frequency-top-terms";
import { termHeatmapChart } from "../../src/charts/frequency-heatmap";
import { distinctiveChart } from "../../src/charts/frequency-distinctive";
import { pairScatterChart } from "../../src/charts/frequency-scatter";
import { termOverTimeChart } from "../../src/charts/frequency-over-time";
import { colorScale } from "../../src/charts/theme";
import { DISTINCTIVE, GROUPS, PAIR, RATES, TERMS } from "./frequency-fixtures";
import { matchSnapshot } from "./snapshot";

const color = colorScale(["Washington Post", "Washington Post", "blog<7>"]);

describe("frequency charts", () => {
  it("top terms: one panel per article on a shared rate axis, coloured by outlet", () => {
    const fig = topTermsChart(TERMS, GROUPS);
    matchSnapshot("frequency-top-terms", fig);
    assert.deepEqual(fig.data.map((t) => [t.xaxis, t.yaxis]), [["x", "y"], ["x2", "y2"], ["x3", "y3"]]);
    assert.deepEqual(fig.data[0].y, ["White House", "Trump"]);
    assert.deepEqual((fig.layout.xaxis2 as { matches: string }).matches, "x");
    assert.deepEqual((fig.layout.xaxis as { range: number[] }).range, [0, 210]);
    assert.equal((fig.data[1].marker as { color: string }).color, color("Washington Post"));
    assert.equal((fig.data[2].marker as { color: string }).color, color("blog<7>"));
    assert.equal((fig.data[2].hovertext as string[])[0], "blog&lt;7&gt;<br>war: 3 times, 150 per 10,000 words");
  });

  it("heatmap: zeros kept, exact values on hover", () => {
    const fig = termHeatmapChart(RATES, GROUPS);
    matchSnapshot("frequency-heatmap", fig);
    assert.deepEqual(fig.data[0].z, [[40, 0, 50], [20, 60, 150]]);
    assert.equal((fig.data[0].text as string[][])[0][1], "wp-2<br>call: 0 times, 0 per 10,000 words");
  });

  it("distinctive: over-used terms right in the article colour, under-used left in grey, one method", () => {
    const fig = distinctiveChart(DISTINCTIVE, GROUPS, { method: "logodds" });
    matchSnapshot("frequency-distinctive", fig);
    assert.deepEqual(fig.data[0].x, [-1.2, 2.1]);
    assert.deepEqual((fig.data[0].marker as { color: string[] }).color, ["#bbbbbb", color("Washington Post")]);
    assert.deepEqual(fig.data[2].x, [2.9]);
    assert.deepEqual(fig.data[0].text, ["2 / 14", "5 / 0"]);
    assert.deepEqual((fig.layout.xaxis as { range: number[] }).range, [-3.045, 3.045]);
  });

  it("pair scatter: absent terms on the floor line, both extremes labelled", () => {
    const fig = pairScatterChart(PAIR, { label: 1 });
    matchSnapshot("frequency-scatter", fig);
    // smallest non-zero rate is 10 → floor 5
    assert.deepEqual(fig.data[1].x, [200, 50, 10]);
    assert.deepEqual(fig.data[1].y, [200, 5, 80]);
    assert.deepEqual(fig.data[2].text, ["Kellogg", "Kyiv"]);
    assert.equal((fig.layout.xaxis as { type: string }).type, "log");
  });

  it("over time: one line per term, undated articles left out and said so", () => {
    const fig = termOverTimeChart(RATES);
    matchSnapshot("frequency-over-time", fig);
    // per term: the day's mean as a line, each article as a marker
    assert.deepEqual(fig.data.map((t) => [t.name, t.mode, t.x, t.y]), [
      ["call", "lines", ["2025-02-12", "2025-02-13"], [40, 0]],
      ["call", "markers", ["2025-02-12", "2025-02-13"], [40, 0]],
      ["war", "lines", ["2025-02-12", "2025-02-13"], [20, 60]],
      ["war", "markers", ["2025-02-12", "2025-02-13"], [20, 60]],
    ]);
    assert.match((fig.layout.title as { text: string }).text, /1 article without a date left out$/);
    // two days of data: one tick a day, no clock times
    assert.equal((fig.layout.xaxis as { dtick: number }).dtick, 86_400_000);
    assert.deepEqual((fig.layout.xaxis as { range: string[] }).range, ["2025-02-11", "2025-02-14"]);
  });

  it("over time: two articles of one day share one point on the line (their mean), no vertical jump", () => {
    const sameDay = [...RATES, { article: "wp-3", published: "2025-02-13", term: "war", key: "war", count: 1, per10k: 10 }];
    const war = termOverTimeChart(sameDay).data.filter((t) => t.name === "war");
    assert.deepEqual([war[0].x, war[0].y], [["2025-02-12", "2025-02-13"], [20, 35]]);
    assert.deepEqual([war[1].x, war[1].y], [["2025-02-12", "2025-02-13", "2025-02-13"], [20, 60, 10]]);
  });
});
