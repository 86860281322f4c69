import { strict as assert } from "node:assert";
import { analyseTimeline } from "../../src/timeline/analyse";
import { groupBin, mentionWindow, outsideLines, clipSentence, timelineChart, HOVER_CHARS } from "../../src/charts/timeline";
import { attestation, rankEvents, reportedBy, severalSources, timelineEventsChart } from "../../src/charts/timeline-events";
import { boxStats, timelineReachChart } from "../../src/charts/timeline-reach";
import { MAX_ROWS } from "../../src/charts/layout";
import { article } from "../timeline/helpers";
import type { Document } from "../../src/text/types";
import { toDocument } from "../../src/text/document";
import { matchSnapshot } from "./snapshot";
import { figureShape, syntheticTimeline } from "./timeline-fixtures";

const doc = (id: string, text: string, published: string, outlet = "unknown"): Document => toDocument({ ...article(text, published, id), outlet });
type Axis = { tickvals: string[]; ticktext: string[]; range?: string[] };
type Note = { text: string };

describe("timeline charts", () => {
  const docs = [
    doc("a", "Trump said at the White House on Thursday that talks would start. Sales fell in 2018.", "2025-01-25", "Post"),
    doc("b", "Trump said at the White House on Friday that talks would start.", "2025-01-25", "Times"),
  ];
  const result = analyseTimeline(docs);

  it("puts a dot per day, a bar per period and the publication date on each article's row, every row labelled", () => {
    const f = timelineChart(result, { window: null });
    const y = f.layout.yaxis as Axis;
    assert.deepEqual(y.tickvals, ["r1", "r2"]);
    assert.deepEqual(y.ticktext, ["Post · 2025-01-25 · a", "Times · 2025-01-25 · b"]);
    const dots = f.data.find((t) => t.name === "Post" && t.mode === "markers")!;
    assert.deepEqual([dots.x, dots.y], [["2025-01-23"], ["r1"]]);
    const bars = f.data.find((t) => t.name === "Post (periods)")!;
    assert.deepEqual([bars.x, bars.y], [["2018-01-01", "2018-12-31", null], ["r1", "r1", null]]);
    const published = f.data.find((t) => t.name === "published")!;
    assert.deepEqual([published.x, published.y], [["2025-01-25", "2025-01-25"], ["r1", "r2"]]);
  });

  it("opens on the window of most dated mentions and lists the dates outside it", () => {
    const w = mentionWindow(result)!;
    // the days (Jan 23, 24) and publication days (Jan 25), padded by 3 days; 2018 lies outside
    assert.deepEqual([w.from, w.to], ["2025-01-20", "2025-01-28"]);
    assert.deepEqual(w.outside.map((m) => [m.article, m.value]), [["a", "2018"]]);
    const f = timelineChart(result);
    assert.deepEqual((f.layout.xaxis as Axis).range, ["2025-01-20", "2025-01-28"]);
    const note = (f.layout.annotations as Note[]).find((a) => a.text.includes("outside"))!;
    assert.equal(note.text, "<b>1 mention of 1 date outside 2025-01-20 – 2025-01-28</b> (double-click the chart to see them; all are in the CSV)<br>◂ 2018: “Sales fell in 2018” · Post · 2025-01-25 · a");
    // the 2018 bar stays in the figure, off screen
    assert.ok(f.data.some((t) => t.name === "Post (periods)"));
  });

  it("lists the farthest date on each side first, then the most mentioned, in date order", () => {
    const { result: r } = syntheticTimeline(5);
    const w = mentionWindow(r)!;
    assert.deepEqual([w.from, w.to], ["2025-01-07", "2025-01-28"]);
    const { lines, values } = outsideLines(w, (id) => id, 2);
    assert.equal(values, 2);
    assert.deepEqual(lines.map((l) => l.slice(0, 8)), ["◂ 1987: ", "◂ 2024: "]);
    assert.match(lines[1], /\(5 mentions\)$/);
  });

  it("per group, draws days by week or month when the window spans years: a day is under a pixel there", () => {
    assert.equal(groupBin({ from: "2025-01-01", to: "2025-04-01" }), "day");
    assert.equal(groupBin({ from: "2010-03-04", to: "2013-02-19" }), "week");
    assert.equal(groupBin({ from: "2012-03-03", to: "2020-12-15" }), "month");
    const { result: r, grouping } = syntheticTimeline(20);
    const f = timelineChart(r, { grouping, window: { from: "2012-01-01", to: "2025-12-31", outside: [] } });
    const first = f.data.find((t) => t.mode === "markers" && t.name === "Outlet 0000")!;
    // January 10 and 11 of the first outlet's two articles: one mark in the middle of January
    assert.deepEqual([first.x, first.text], [["2025-01-16"], ["Outlet 0000 · 2025-01: 2 mentions in 2 articles<br>e.g. “The council met on January 10 to vote on the…”"]]);
    const published = f.data.find((t) => t.name === "published")!;
    assert.equal((published.text as string[])[0], "Outlet 0000: 2 articles published in 2025-01");
  });

  it("cuts hover sentences to about 160 characters at a word", () => {
    const long = "word ".repeat(60);
    assert.equal(clipSentence(long).length, HOVER_CHARS);
    assert.ok(clipSentence(long).endsWith("word…"));
    assert.equal(clipSentence("short one"), "short one");
  });

  it("flags the event both articles report on different days as a conflict", () => {
    const shared = result.events.filter((e) => e.articles.length === 2);
    assert.equal(shared.length, 1);
    assert.deepEqual(shared[0].conflict, { values: { "2025-01-23": ["a"], "2025-01-24": ["b"] } });
    const f = timelineEventsChart(result);
    // a trace of marks per lane, and a legend entry (a plain dot, no data) beside it
    assert.deepEqual(f.data.map((t) => [t.name, t.x, t.showlegend ?? true]), [["Post", ["2025-01-23"], false], ["Post", [null], true], ["Times", ["2025-01-24"], false], ["Times", [null], true]]);
    const y = f.layout.yaxis as Axis;
    assert.deepEqual(y.tickvals, [shared[0].id]);
    assert.equal(y.ticktext[0], `⚠ ${shared[0].value} · …said at the White House on Thursday that…`);
    // without sources counted, the row counts articles
    assert.equal((f.layout.annotations as Note[])[0].text, "2 articles");
    // outlets get side-by-side lanes in a row, so agreeing articles do not hide each other
    assert.deepEqual(f.data.map((t) => t.offsetgroup), ["Post", "Post", "Times", "Times"]);
    assert.equal(f.layout.scattermode, "group");
  });

  it("orders the event rows by date, not by which outlet's trace names them first", () => {
    const three = analyseTimeline([
      doc("x", "Sales fell in 2018 at the plant. Officials met in 2016 in Paris.", "2025-01-25", "Post"),
      doc("y", "Officials met in 2016 in Paris.", "2025-01-25", "Times"),
      doc("z", "Sales fell in 2018 at the plant.", "2025-01-25", "Alpha"),
    ]);
    const f = timelineEventsChart(three);
    assert.deepEqual((f.layout.yaxis as Axis).ticktext.map((l) => l.slice(0, 4)), ["2016", "2018"]);
  });

  it("counts independent sources: an event repeated only by a copy is not reported by several", () => {
    const { result: r, grouping } = syntheticTimeline(5);
    assert.deepEqual(r.events.map((e) => [e.id, e.articles.length, e.sources]), [["e1", 2, 1], ["e2", 2, 2]]);
    assert.deepEqual(severalSources(r.events).map((e) => e.id), ["e2"]);
    assert.equal(reportedBy(r.events[1]), "2 articles, 2 independent sources");
    const f = timelineEventsChart(r, { grouping });
    assert.equal(f.layout.title && (f.layout.title as { text: string }).text, "Events reported by several independent sources");
    assert.deepEqual((f.layout.yaxis as Axis).tickvals, ["e2"]);
    assert.equal((f.layout.annotations as Note[])[0].text, "2 articles, 2 sources");
  });

  it("ranks events by sources, discounted by the articles that give another date", () => {
    const { result: r } = syntheticTimeline(20);
    // pairs (2i, 2i+1) mention Jan 10+2i%10 and 11+2i%10: every pair disagrees, so half agree
    assert.equal(attestation(r.events[1]), 1);
    assert.equal(rankEvents(r.events)[0].sources, 2);
  });

  it("measures how far back each article reaches in days; per outlet, a box of quartiles", () => {
    const f = timelineReachChart(result);
    assert.deepEqual(f.data.map((t) => t.x), [[-2, -2581], [-1]]);
    assert.deepEqual(boxStats([1, 2, 3, 4, 100]), { q1: 2, median: 3, q3: 4, lowerfence: 1, upperfence: 4 });
    const { result: r, grouping } = syntheticTimeline(90);
    const box = timelineReachChart(r, { grouping }).data[0] as { q1: number[]; median: number[]; q3: number[]; y: string[] };
    assert.equal(box.y.length, MAX_ROWS);
    // the second outlet: two articles, each a day in January (-13, -12 days) and 2024 (-390 days)
    assert.deepEqual([box.q1[1], box.median[1], box.q3[1]], [-390, -201.5, -12.75]);
  });

  for (const rows of [5, 90, 1000]) {
    it(`keeps its layout at ${rows} rows: every row labelled, top ${MAX_ROWS} and "N more", small figures`, () => {
      const { result: r, grouping } = syntheticTimeline(rows);
      const charts = { timeline: timelineChart(r, { grouping }), "timeline-events": timelineEventsChart(r, { grouping }), "timeline-reach": timelineReachChart(r, { grouping }) };
      for (const [name, f] of Object.entries(charts)) {
        const y = f.layout.yaxis as Axis;
        assert.equal(y.tickvals.length, y.ticktext.length, name);
        assert.ok(y.tickvals.length <= MAX_ROWS, name);
        assert.ok(JSON.stringify(f).length < 120_000, `${name}: ${JSON.stringify(f).length} bytes`);
        matchSnapshot(`${name}-${rows}`, figureShape(f));
      }
      const more = (charts.timeline.layout.annotations as Note[]).find((a) => a.text.includes("more outlets"));
      if (rows > MAX_ROWS) assert.equal(more?.text, `${rows - MAX_ROWS} more outlets in the CSV (tables/timeline-mentions.csv)`);
      else assert.equal(more, undefined);
    });
  }
});
