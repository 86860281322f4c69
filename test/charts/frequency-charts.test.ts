import { strict as assert } from "node:assert";
import { topTermsChart } from "../../src/charts/frequency-top-terms";
import { termHeatmapChart } from "../../src/charts/frequency-heatmap";
import { distinctiveChart } from "../../src/charts/frequency-distinctive";
import { MAX_POINTS, pairScatterChart } from "../../src/charts/frequency-scatter";
import { termOverTimeChart } from "../../src/charts/frequency-over-time";
import { MAX_PANELS, MAX_ROWS, MIN_PANEL_PX } from "../../src/charts/layout";
import { rankedColors, OTHER_COLOR } from "../../src/charts/theme";
import { DISTINCTIVE, GROUPS, PAIR, RATES, TERMS } from "./frequency-fixtures";
import { figureShape, syntheticFrequency } from "./synthetic";
import { matchSnapshot } from "./snapshot";
import type { Figure } from "../../src/charts/figure";

// GROUPS: two Washington Post articles (three articles in all) and one of an unknown outlet
const color = rankedColors(["Washington Post", "outlet not known"]).color;
type Domain = { domain: [number, number] };

/** Panels' heights in pixels and whether any two overlap: the layout rule for small multiples. */
function panels(fig: Figure): { heights: number[]; overlap: boolean } {
  const height = fig.layout.height as number;
  const margin = fig.layout.margin as { t: number; b: number };
  const plot = height - margin.t - margin.b;
  const boxes = fig.data.map((t) => {
    const n = String(t.xaxis).slice(1);
    return { x: (fig.layout[`xaxis${n}`] as Domain).domain, y: (fig.layout[`yaxis${n}`] as Domain).domain };
  });
  const overlap = boxes.some((a, i) => boxes.some((b, j) => j > i && a.x[0] < b.x[1] && b.x[0] < a.x[1] && a.y[0] < b.y[1] && b.y[0] < a.y[1]));
  return { heights: boxes.map((b) => Math.round((b.y[1] - b.y[0]) * plot)), overlap };
}

const notes = (fig: Figure) => ((fig.layout.annotations ?? []) as Array<{ text: string }>).map((a) => a.text);

describe("frequency charts", () => {
  it("top terms: one panel per group on a shared rate axis, labelled, coloured by outlet", () => {
    const fig = topTermsChart(TERMS, GROUPS);
    matchSnapshot("frequency-top-terms", fig);
    assert.deepEqual(fig.data.map((t) => [t.xaxis, t.yaxis]), [["x", "y"], ["x2", "y2"], ["x3", "y3"]]);
    assert.deepEqual(fig.data[0].y, ["white house", "trump"]);
    assert.deepEqual((fig.layout.yaxis as { ticktext: string[] }).ticktext, ["White House", "Trump"]);
    assert.equal((fig.layout.xaxis2 as { matches: string }).matches, "x");
    assert.deepEqual((fig.layout.xaxis as { range: number[] }).range, [0, 210]);
    assert.equal((fig.data[1].marker as { color: string }).color, color("Washington Post"));
    assert.equal((fig.data[2].marker as { color: string }).color, color("outlet not known"));
    assert.equal((fig.data[2].hovertext as string[])[0], "A blog &lt;post&gt;<br>war: 3 times, 150 per 10,000 words");
    // long labels: two columns, the title cut to fit with the whole label on hover
    assert.deepEqual(notes(fig), ["<b>Washington Post · 2025-02-12 · Call lasts 90…</b>", "<b>Washington Post · 2025-02-13 · wp-2</b>", "<b>A blog &lt;post&gt;</b>"]);
    assert.equal((fig.layout.annotations as Array<{ hovertext?: string }>)[0].hovertext, "Washington Post · 2025-02-12 · Call lasts 90 minutes");
  });

  it("top terms and distinctive terms at 5, 90 and 1,000 groups: at most MAX_PANELS panels, none squeezed or overlapping, the rest counted", () => {
    for (const n of [5, 90, 1000]) {
      const f = syntheticFrequency(n);
      const top = topTermsChart(f.terms, f.groups, { what: "outlets" });
      const dist = distinctiveChart(f.distinctive, f.groups, { what: "outlets" });
      matchSnapshot(`frequency-top-terms-${n}`, figureShape(top));
      matchSnapshot(`frequency-distinctive-${n}`, figureShape(dist));
      for (const fig of [top, dist]) {
        assert.equal(fig.data.length, Math.min(n, MAX_PANELS));
        const p = panels(fig);
        assert.equal(p.overlap, false, `${n}: panels overlap`);
        assert.ok(Math.min(...p.heights) >= MIN_PANEL_PX * 4, `${n}: panel of ${Math.min(...p.heights)} px`);
      }
      const rest = n - Math.min(n, MAX_PANELS);
      assert.equal(notes(top).filter((t) => t.includes("in the CSV"))[0], rest ? `${rest} more outlets in the CSV (tables/frequency-terms.csv)` : undefined);
    }
  });

  it("the panels are the groups with the most words, in the order given", () => {
    const f = syntheticFrequency(90);
    const fig = topTermsChart(f.terms, f.groups);
    const largest = f.groups.slice().sort((a, b) => b.words - a.words).slice(0, MAX_PANELS).map((g) => g.label);
    assert.deepEqual(fig.data.map((t) => t.name), f.groups.filter((g) => largest.includes(g.label)).map((g) => g.label));
  });

  it("heatmap: a row per group, a column per term, zeros kept, counts in the hover", () => {
    const fig = termHeatmapChart(RATES, GROUPS);
    matchSnapshot("frequency-heatmap", fig);
    assert.deepEqual(fig.data[0].z, [[40, 20], [0, 60], [50, 150]]);
    assert.deepEqual(fig.data[0].customdata, [[4, 2], [0, 3], [1, 3]]);
    assert.deepEqual(fig.data[0].x, ["call", "war"]);
    assert.equal(fig.data[0].hovertemplate, "%{y}<br>%{x}: %{customdata} times, %{z} per 10,000 words<extra></extra>");
  });

  it("heatmap at 1,000 groups: the MAX_ROWS largest, the rest counted", () => {
    const f = syntheticFrequency(1000);
    const fig = termHeatmapChart(f.rates, f.groups, { what: "outlets" });
    matchSnapshot("frequency-heatmap-1000", figureShape(fig));
    assert.equal((fig.data[0].y as string[]).length, MAX_ROWS);
    assert.deepEqual(notes(fig), [`${1000 - MAX_ROWS} more outlets in the CSV (tables/frequency-terms.csv)`]);
  });

  it("distinctive: over-used terms right in the outlet's colour, under-used left in grey, one method", () => {
    const fig = distinctiveChart(DISTINCTIVE, GROUPS, { method: "logodds" });
    matchSnapshot("frequency-distinctive", fig);
    assert.deepEqual(fig.data[0].x, [-1.2, 2.1]);
    assert.deepEqual((fig.data[0].marker as { color: string[] }).color, [OTHER_COLOR, color("Washington Post")]);
    assert.deepEqual(fig.data[2].x, [2.9]);
    assert.deepEqual(fig.data[0].text, ["2 / 14", "5 / 0"]);
    assert.deepEqual((fig.layout.xaxis as { range: number[] }).range, [-3.045, 3.045]);
  });

  it("pair scatter: absent terms on the floor line, both extremes labelled, group labels on the axes", () => {
    const fig = pairScatterChart(PAIR, { label: 1, labelA: "Post <A>", labelB: "Post B" });
    matchSnapshot("frequency-scatter", fig);
    // smallest non-zero rate is 10 → floor 5
    assert.deepEqual(fig.data[1].x, [200, 50, 10]);
    assert.deepEqual(fig.data[1].y, [200, 5, 80]);
    assert.deepEqual(fig.data[1].customdata, [[20, 200, 10, 200, 0], [5, 50, 0, 0, 3.322], [1, 10, 4, 80, -3]]);
    assert.deepEqual(fig.data[2].text, ["Kellogg", "Kyiv"]);
    assert.equal((fig.layout.xaxis as { type: string }).type, "log");
    assert.match((fig.layout.xaxis as { title: { text: string } }).title.text, /^Post &lt;A&gt; \(per 10,000 words/);
  });

  it("pair scatter draws at most MAX_POINTS terms, the most frequent", () => {
    const rows = Array.from({ length: MAX_POINTS + 500 }, (_, i) => ({ term: `t${i}`, key: `t${i}`, countA: 5000 - i, countB: 3, per10kA: 5000 - i, per10kB: 3, logRatio: 1 }));
    const fig = pairScatterChart({ a: "a", b: "b", wordsA: 1e5, wordsB: 1e5, rows });
    assert.equal((fig.data[1].x as number[]).length, MAX_POINTS);
    assert.equal((fig.data[1].text as string[])[MAX_POINTS - 1], `t${MAX_POINTS - 1}`);
  });

  it("over time: one line per term, undated articles left out and said so, labels in the hover", () => {
    const fig = termOverTimeChart(RATES, { labels: new Map([["wp-1", "Washington Post · 2025-02-12"]]) });
    matchSnapshot("frequency-over-time", fig);
    // per term: the day's mean as a line, each article as a marker
    assert.deepEqual(fig.data.map((t) => [t.name, t.mode, t.x, t.y]), [
      ["call", "lines", ["2025-02-12", "2025-02-13"], [40, 0]],
      ["call", "markers", ["2025-02-12", "2025-02-13"], [40, 0]],
      ["war", "lines", ["2025-02-12", "2025-02-13"], [20, 60]],
      ["war", "markers", ["2025-02-12", "2025-02-13"], [20, 60]],
    ]);
    assert.equal((fig.data[1].hovertext as string[])[0], "Washington Post · 2025-02-12 (2025-02-12)<br>call: 4 times, 40 per 10,000 words");
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

  it("over time per period: one line with a point per period, the period named in the hover", () => {
    const rates = [
      { article: "2012-01-01", published: "2012-03-05", term: "census", key: "census", count: 3, per10k: 1.5 },
      { article: "2013-01-01", published: "2013-01-09", term: "census", key: "census", count: 40, per10k: 12 },
    ];
    const fig = termOverTimeChart(rates, { period: "year" });
    assert.deepEqual(fig.data.map((t) => [t.mode, t.x, t.y]), [["lines+markers", ["2012-01-01", "2013-01-01"], [1.5, 12]]]);
    assert.equal((fig.data[0].hovertext as string[])[1], "census, 2013: 40 times, 12 per 10,000 words");
  });
});
