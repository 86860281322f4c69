import { reportContext } from "../../src/report/context";
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { frequenciesSection } from "../../src/report/sections/frequencies";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";
import { MAX_PANELS } from "../../src/charts/layout";
import { doc } from "./helpers";

/** Forty made-up articles from three outlets over three months: each outlet leans on its own words. */
function syntheticDocs() {
  const common = ["council", "budget", "harbour", "vote", "mayor", "school", "river", "tram"];
  const own: Record<string, string[]> = { "Daily Alpha": ["ferry", "lantern"], "Beta Herald": ["orchard", "granite"], "Gamma Post": ["meadow", "copper"] };
  const outlets = Object.keys(own);
  return Array.from({ length: 40 }, (_, i) => {
    const outlet = outlets[i % 3];
    const words = Array.from({ length: 60 }, (_, k) => (k % 4 === 0 ? own[outlet][(k / 4) % 2] : common[(i + k) % common.length]));
    const text = Array.from({ length: 6 }, (_, s) => `The ${words.slice(s * 10, s * 10 + 10).join(" ")}.`).join(" ");
    const day = new Date(Date.UTC(2024, 0, 1 + i * 2)).toISOString().slice(0, 10);
    return doc(`article-${i}`, text, { outlet, title: `Report ${i} on the ${common[i % common.length]}`, published: i === 39 ? null : day });
  });
}

describe("frequency/report section", () => {
  it("builds its charts, tables and the JSON result on the bundled story, per article, with readable labels", async () => {
    const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles);
    const out = await frequenciesSection.build(reportContext({ corpus: "trump-putin-call", docs }));
    assert.deepEqual(out.charts.map((c) => c.name), ["frequency-top-terms", "frequency-distinctive", "frequency-heatmap", "frequency-scatter", "frequency-by-day", "frequency-over-time"]);
    // the two most alike articles are the two copies of the ABC report
    assert.equal(out.charts[3].title, "2025-01-25 · Trump and Putin signal they will… against 2025-01-25 · abc-word-swapped");
    assert.match(out.intro!, /<b>2025-01-25 · abc-word-swapped<\/b>: warfare \(11\), mentioned \(11\)/);
    assert.match(out.charts[4].caption, /One panel per publication day \(3 days\)\.$/);
    const results = out.results as { by: string; groups: Array<{ article: string; label: string }>; terms: unknown[]; distinctive: Array<{ method: string }> };
    assert.equal(results.by, "article");
    assert.deepEqual(results.groups.map((g) => g.article), ["abc-reworded", "abc-word-swapped", "first-call-web", "nypost-relay", "wapo-call"]);
    assert.equal(results.groups[4].label, "The Washington Post · 2025-02-12 · wapo-call");
    assert.deepEqual([...new Set(results.distinctive.map((d) => d.method))], ["logodds", "g2", "tfidf"]);
    assert.equal(out.tables[1].rows.length, results.distinctive.length);
    assert.deepEqual(Object.keys(out.tables[0].rows[0]).slice(0, 3), ["article", "id", "term"]);
  });

  it("per outlet past a handful of articles: outlets in captions, tables and intro; periods coarser than days", async () => {
    const out = await frequenciesSection.build(reportContext({ corpus: "synthetic", docs: syntheticDocs() }));
    const results = out.results as { by: string; groups: Array<{ article: string; articles: string[] }> };
    assert.equal(results.by, "outlet");
    assert.deepEqual(results.groups.map((g) => [g.article, g.articles.length]), [["Daily Alpha", 14], ["Beta Herald", 13], ["Gamma Post", 13]]);
    assert.match(out.charts[0].caption, /^The ten terms each outlet uses most/);
    assert.match(out.charts[1].caption, /^Words an outlet uses more .* than all the other outlets together/);
    assert.match(out.intro!, /^<p>Which words each outlet uses most, and which set it apart from the other outlets\./);
    assert.match(out.intro!, /<b>Daily Alpha<\/b>: (ferry|lantern) \(\d+\), (ferry|lantern) \(\d+\)/);
    assert.deepEqual(Object.keys(out.tables[0].rows[0]).slice(0, 2), ["outlet", "term"]);
    // 39 dated articles on 39 days two days apart: more days than panels, no busy days, 11 weeks → per week
    const byPeriod = out.charts.find((c) => c.name === "frequency-by-day")!;
    assert.equal(byPeriod.title, "Distinctive terms per week");
    assert.match(byPeriod.caption, /The articles span 39 publication days, more than the 12 panels a chart holds, so they are taken together per week \(11 weeks\)\. 1 article without a date count/);
    assert.ok(byPeriod.figure.data.length <= MAX_PANELS);
    const overTime = out.charts.find((c) => c.name === "frequency-over-time")!;
    assert.match(overTime.caption, /the earliest and the latest week appear in each week/);
    assert.ok(out.tables.some((t) => t.name === "frequency-by-period"));
    // nothing from the bundled story in prose that is not in the data
    for (const text of [out.intro!, ...out.charts.map((c) => c.caption)]) assert.doesNotMatch(text, /White House|Trump|Putin|Zelensk/);
  });
});
