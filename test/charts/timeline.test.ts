import { strict as assert } from "node:assert";
import { analyseTimeline } from "../../src/timeline/analyse";
import { timelineChart } from "../../src/charts/timeline";
import { timelineEventsChart } from "../../src/charts/timeline-events";
import { timelineReachChart } from "../../src/charts/timeline-reach";
import { article } from "../timeline/helpers";
import type { Document } from "../../src/text/types";
import { toDocument } from "../../src/text/document";

const doc = (id: string, text: string, published: string, outlet = "unknown"): Document => toDocument({ ...article(text, published, id), outlet });

describe("timeline charts", () => {
  const docs = [
    doc("a", "Trump said at the White House on Thursday that talks would start. Sales fell in 2018.", "2025-01-25", "Post"),
    doc("b", "Trump said at the White House on Friday that talks would start.", "2025-01-25", "Times"),
  ];
  const result = analyseTimeline(docs);

  it("puts a dot per day, a bar per period and the publication date on each article's row", () => {
    const f = timelineChart(result);
    const dots = f.data.filter((t) => t.name === "Post · a");
    assert.deepEqual(dots[0].x, ["2025-01-23"]);
    const bars = f.data.find((t) => t.name === "Post · a (periods)")!;
    assert.deepEqual(bars.x, ["2018-01-01", "2018-12-31", null]);
    const published = f.data.find((t) => t.name === "Times · b published")!;
    assert.deepEqual(published.x, ["2025-01-25"]);
  });

  it("flags the event both articles report on different days as a conflict", () => {
    const shared = result.events.filter((e) => e.articles.length === 2);
    assert.equal(shared.length, 1);
    assert.deepEqual(shared[0].conflict, { values: { "2025-01-23": ["a"], "2025-01-24": ["b"] } });
    const f = timelineEventsChart(result);
    assert.deepEqual(f.data.map((t) => [t.name, t.x]), [["Post", ["2025-01-23"]], ["Times", ["2025-01-24"]]]);
    assert.equal((f.data[0].y as string[])[0], `⚠ ${shared[0].value} · …said at the White House on Thursday that talks would start (${shared[0].id})`);
    assert.equal(shared[0].clause, "…said at the White House on Thursday that talks would start");
    // outlets get side-by-side lanes in a row, so agreeing articles do not hide each other
    assert.deepEqual(f.data.map((t) => t.offsetgroup), ["Post", "Times"]);
    assert.equal(f.layout.scattermode, "group");
  });

  it("orders the event rows by date, not by which outlet's trace names them first", () => {
    const three = analyseTimeline([
      doc("x", "Sales fell in 2018 at the plant. Officials met in 2016 in Paris.", "2025-01-25", "Post"),
      doc("y", "Officials met in 2016 in Paris.", "2025-01-25", "Times"),
      doc("z", "Sales fell in 2018 at the plant.", "2025-01-25", "Alpha"),
    ]);
    const f = timelineEventsChart(three);
    assert.deepEqual((f.layout.yaxis as { categoryarray: string[] }).categoryarray.map((l) => l.slice(0, 4)), ["2016", "2018"]);
  });

  it("measures how far back each article reaches in days", () => {
    const f = timelineReachChart(result);
    assert.deepEqual(f.data.map((t) => t.x), [[-2, -2581], [-1]]);
  });
});
