import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";
import { reportContext } from "../../src/report/context";
import { timelineSection } from "../../src/report/sections/timeline";
import { syndicationClusters } from "../../src/overlap/clusters";
import type { OverlapResult } from "../../src/overlap/index";
import type { TimelineResult } from "../../src/timeline/analyse";

describe("report section: timeline", function () {
  this.timeout(60_000);
  const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles);

  it("counts independent sources on the bundled story: the copied pair is one source", async () => {
    const ctx = reportContext({ corpus: "trump-putin-call", docs });
    const out = await timelineSection.build(ctx);
    // the overlap is computed once, under the key the overlap section uses
    const overlap = ctx.once<OverlapResult>("overlap", () => assert.fail("overlap computed twice"));
    assert.deepEqual(syndicationClusters(overlap.pairs).map((c) => c.articles), [["abc-reworded", "abc-word-swapped"]]);
    const events = out.tables.find((t) => t.name === "timeline-events")!.rows;
    assert.equal(events.length, 13);
    assert.deepEqual(events.filter((e) => (e.sources as number) >= 2).map((e) => [e.date, e.reported_by, e.article_ids]), [
      ["2025-02-12", "2 articles, 2 independent sources", "first-call-web, wapo-call"],
      ["2018", "3 articles, 2 independent sources", "abc-reworded, abc-word-swapped, wapo-call"],
    ]);
    assert.ok(events.slice(2).every((e) => e.reported_by === "2 articles, 1 independent source" && e.article_ids === "abc-reworded, abc-word-swapped"));
    assert.match(out.intro!, /<p>2 events are reported by at least two independent sources; 11 more events are repeated only by copies of one source; no source places one of them on a different date\. Articles that copy or rewrite one another count as one source: 1 group of copies \(/);
    // the JSON keeps its fields and adds the unit's summaries
    const results = out.results as TimelineResult & { unit: string; units: Array<{ key: string; shared_events: number }> };
    assert.equal(results.unit, "article");
    assert.deepEqual(results.units.map((u) => [u.key, u.shared_events]), [["abc-reworded", 1], ["abc-word-swapped", 1], ["first-call-web", 1], ["nypost-relay", 0], ["wapo-call", 2]]);
  });

  it("opens the chart on the story's weeks and names the window and what lies outside it", async () => {
    const out = await timelineSection.build(reportContext({ corpus: "trump-putin-call", docs }));
    assert.match(out.intro!, /Most of them fall between 2025-01-20 and 2025-02-16, where the chart opens; 42 mentions of 20 dates lie outside it/);
    const chart = out.charts.find((c) => c.name === "timeline")!;
    assert.deepEqual((chart.figure.layout.xaxis as { range: string[] }).range, ["2025-01-20", "2025-02-16"]);
    const mentions = out.tables.find((t) => t.name === "timeline-mentions")!.rows;
    const bestseller = mentions.find((m) => m.value === "1987")!;
    assert.deepEqual([bestseller.article, bestseller.in_window], ["nypost-relay", false]);
    assert.equal(mentions.filter((m) => m.in_window === false).length, 42);
  });
});
