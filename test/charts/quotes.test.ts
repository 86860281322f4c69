import { strict as assert } from "node:assert";
import { quoteCorpus } from "../../src/quotes/corpus";
import { quotesSpeakerHeatmap, MAX_SPEAKERS, UNATTRIBUTED } from "../../src/charts/quotes-speakers";
import { quotesOverTime } from "../../src/charts/quotes-timeline";
import { dateBin, periodKey } from "../../src/charts/periods";
import { quoteRows, quotesTableFigure } from "../../src/charts/quotes-table";
import { MAX_COLUMNS, MAX_LEGEND } from "../../src/charts/layout";
import { groupArticles } from "../../src/grouping/groups";
import { chooseUnit } from "../../src/grouping/unit";
import { article } from "../quotes/helpers";
import { matchSnapshot } from "./snapshot";
import { figureShape, syntheticQuotes } from "./timeline-fixtures";

const a = { ...article("Mayor Anna Berg spoke.\n“We will rebuild the old bridge,” Berg said.\n“Two words,” said Tom Hale.", "a"), published: "2025-02-10" };
const b = { ...article("Tom Hale spoke at noon.\n“It costs far too much money,” Hale said. It is a “boondoggle” anyway.", "b"), published: "2025-02-11" };
const c = { ...article("“Nobody knows who said this one at all.”", "c"), published: null };
const result = quoteCorpus([a, b, c]);
const infos = [a, b, c].map((x) => ({ id: x.id, title: x.title, outlet: x.outlet, published: x.published }));
type Axis = { tickvals: string[]; ticktext: string[] };

describe("charts/quotes", () => {
  it("heatmap: share of each article's quoted words per speaker, columns sum to 1, unattributed row last, every row and column labelled", () => {
    const fig = quotesSpeakerHeatmap(result, infos);
    const trace = fig.data[0] as { x: string[]; y: string[]; z: Array<Array<number | null>>; text: string[][] };
    assert.deepEqual(trace.x, ["a", "b", "c"]);
    assert.deepEqual(trace.y, ["Tom Hale", "Anna Berg", UNATTRIBUTED]);
    assert.deepEqual(trace.z, [
      [0.25, 1, null],
      [0.75, null, null],
      [null, null, 1],
    ]);
    assert.equal(trace.text[1][0], "Anna Berg in 2025-02-10 · a: 75% of its quoted words<br>6 of 8 words, 1 quote");
    // explicit ticks: Plotly cannot skip a row and make "(no speaker found)" read as its neighbour
    assert.deepEqual((fig.layout.yaxis as Axis).tickvals, ["Tom Hale", "Anna Berg", UNATTRIBUTED]);
    assert.deepEqual((fig.layout.yaxis as Axis).ticktext, ["Tom Hale", "Anna Berg", UNATTRIBUTED]);
    assert.deepEqual((fig.layout.xaxis as Axis).ticktext, ["2025-02-10<br>a", "2025-02-11<br>b", "c"]);
    matchSnapshot("quotes-speakers", fig);
  });

  it("heatmap per outlet: the largest outlets as columns, the rest in one 'other' column", () => {
    const { result: r, grouping } = syntheticQuotes(90);
    const fig = quotesSpeakerHeatmap(r, [], { grouping });
    const trace = fig.data[0] as { x: string[]; y: string[]; z: Array<Array<number | null>> };
    assert.equal(trace.x.length, MAX_COLUMNS);
    assert.equal(trace.x[MAX_COLUMNS - 1], `other (${90 - MAX_COLUMNS + 1} outlets)`);
    assert.equal(trace.y.length, MAX_SPEAKERS + 1);
    assert.equal(trace.y[MAX_SPEAKERS], UNATTRIBUTED);
    // every column's shares sum to one
    for (let col = 0; col < trace.x.length; col++) {
      const sum = trace.z.reduce((n, row) => n + (row[col] ?? 0), 0);
      assert.ok(sum <= 1.001, `column ${col}: ${sum}`);
    }
    // the unattributed row: the fifth quote of each article, 7 of its 3+4+5+6+7 = 25 words
    assert.equal(trace.z[MAX_SPEAKERS][0], 0.28);
    assert.equal((fig.layout.xaxis as { tickangle: number }).tickangle, -90);
  });

  it("over time: one line per speaker, a point per publication day, undated articles counted", () => {
    const fig = quotesOverTime(result, infos);
    const traces = fig.data as Array<{ name: string; x: Array<string | null>; y: Array<number | null>; mode: string }>;
    // 10 and 11 February follow one another: a line, and 0 where a speaker is not quoted that day
    assert.deepEqual(traces.map((t) => [t.name, t.x, t.y, t.mode]), [
      ["Tom Hale", ["2025-02-10", "2025-02-11"], [1, 1], "lines+markers"],
      ["Anna Berg", ["2025-02-10", "2025-02-11"], [1, 0], "lines+markers"],
    ]);
    assert.match((fig.layout.title as { text: string }).text, /1 article without a publication date not shown/);
  });

  it("over time: days for a few weeks, weeks for two years, months beyond; no line across a gap", () => {
    assert.equal(dateBin(["2025-01-01", "2025-02-20"]), "day");
    assert.equal(dateBin(["2024-01-01", "2025-06-01"]), "week");
    assert.equal(dateBin(["2012-01-01", "2020-06-01"]), "month");
    assert.equal(periodKey("2025-02-13", "week"), "2025-02-10");
    assert.equal(periodKey("2025-02-13", "month"), "2025-02-01");
    const far = { ...c, id: "d", published: "2025-03-20" };
    const r = quoteCorpus([a, b, far]);
    const fig = quotesOverTime(r, [a, b, far].map((x) => ({ id: x.id, title: x.title, outlet: x.outlet, published: x.published })));
    assert.deepEqual((fig.data[0] as { x: Array<string | null> }).x, ["2025-02-10", "2025-02-11", null, "2025-03-20"]);
  });

  it("over time: says so when no dated article quotes anyone", () => {
    const fig = quotesOverTime(quoteCorpus([c]), [infos[2]]);
    assert.equal((fig.layout.annotations as Array<{ text: string }>)[0].text, "No article with a publication date quotes anyone.");
  });

  it("table: every quote but scare quotes and titles, with speaker and cue; labels name the articles", () => {
    assert.deepEqual(quoteRows(result).map((r) => [r.article, r.speaker, r.cue, r.quote]), [
      ["a", "Anna Berg", "said", "We will rebuild the old bridge,"],
      ["a", "Tom Hale", "said", "Two words,"],
      ["b", "Tom Hale", "said", "It costs far too much money,"],
      ["c", null, null, "Nobody knows who said this one at all."],
    ]);
    assert.equal(quoteRows(result, { includeScare: true }).length, 5);
    const labels = groupArticles(infos, chooseUnit(infos)).articleLabel;
    assert.deepEqual(quoteRows(result, { labels }).map((r) => [r.label, r.article]).slice(0, 1), [["2025-02-10 · a", "a"]]);
    const fig = quotesTableFigure(result);
    const cells = (fig.data[0] as { cells: { values: string[][] } }).cells.values;
    assert.deepEqual(cells[1], ["Anna Berg", "Tom Hale", "Tom Hale", "—"]);
    matchSnapshot("quotes-table", fig);
  });

  for (const rows of [5, 90, 1000]) {
    it(`keeps its layout at ${rows} units: every row and column labelled, legend at most ${MAX_LEGEND}`, () => {
      const { result: r, grouping, articles } = syntheticQuotes(rows);
      const heat = quotesSpeakerHeatmap(r, articles, { grouping });
      const x = heat.layout.xaxis as Axis;
      const y = heat.layout.yaxis as Axis;
      assert.equal(x.tickvals.length, Math.min(rows, MAX_COLUMNS));
      assert.equal(x.ticktext.length, x.tickvals.length);
      assert.equal(y.tickvals.length, MAX_SPEAKERS + 1);
      const time = quotesOverTime(r, articles, { grouping });
      assert.ok(time.data.length <= MAX_LEGEND);
      for (const f of [heat, time]) assert.ok(JSON.stringify(f).length < 60_000);
      matchSnapshot(`quotes-speakers-${rows}`, figureShape(heat));
      matchSnapshot(`quotes-over-time-${rows}`, figureShape(time));
    });
  }
});
