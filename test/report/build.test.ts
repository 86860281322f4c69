import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildReport, corpusNameOf, exportSize, registeredSections } from "../../src/report/build";
import type { ReportSection } from "../../src/report/section";
import { figure } from "../../src/charts/theme";

const STORY = path.resolve(__dirname, "../../data/trump-putin-call");
const NOW = new Date("2026-01-02T03:04:05Z");

/** A section written for the test: one chart, one table, known results. */
const probe: ReportSection = {
  id: "probe",
  title: "Probe section",
  build: (ctx) => ({
    intro: "<p>Probe intro.</p>",
    charts: [{ name: "probe-bars", title: "Probe bars", caption: "Bars & more.", figure: figure([{ type: "bar", x: ["a"], y: [ctx.docs.length] }], {}) }],
    tables: [{ name: "probe-table", title: "Probe table", rows: [{ article: ctx.docs[0].article.id, n: 1 }] }],
    results: { articles: ctx.docs.length, corpus: ctx.corpus },
  }),
};

describe("buildReport", function () {
  let root: string;
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-report-"))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("names the report after the corpus folder (a file: its stem)", () => {
    assert.equal(corpusNameOf(STORY), "trump-putin-call");
    assert.equal(corpusNameOf([path.join(STORY, "wapo-call.md")]), "wapo-call");
  });

  it("exports charts at 960x540 x2, a tall figure at its own height x1", () => {
    const trace = [{ type: "bar", x: ["a"], y: [1] }];
    assert.deepEqual(exportSize(figure(trace, {})), { width: 960, height: 540, scale: 2 });
    assert.deepEqual(exportSize(figure(trace, { height: 1500 })), { width: 960, height: 1500, scale: 2 });
    assert.deepEqual(exportSize(figure(trace, { height: 2140 })), { width: 960, height: 2140, scale: 1 });
    // nothing to draw: a short figure holding the message
    assert.deepEqual(exportSize(figure([], { height: 1500 })), { width: 960, height: 240, scale: 2 });
  });

  it("runs the registered sections, the corpus section first", async () => {
    const sections = await registeredSections();
    assert.equal(sections[0].id, "corpus");
  });

  it("writes index.html, charts, tables and results.json for the bundled story", async () => {
    const out = path.join(root, "story");
    const result = await buildReport({ paths: STORY, out, formats: ["html"], now: NOW, sections: [(await registeredSections())[0], probe] });
    assert.deepEqual(result, { dir: out, index: path.join(out, "index.html"), articles: 5, charts: 4, tables: 2, images: [] });
    assert.deepEqual(fs.readdirSync(out).sort(), ["assets", "charts", "index.html", "results.json", "tables"]);
    assert.deepEqual(fs.readdirSync(path.join(out, "charts")).sort(), ["article-lengths.html", "probe-bars.html", "publication-dates.html", "removed-boilerplate.html"]);
    assert.deepEqual(fs.readdirSync(path.join(out, "tables")).sort(), ["articles.csv", "probe-table.csv"]);
    const results = JSON.parse(fs.readFileSync(path.join(out, "results.json"), "utf8"));
    assert.deepEqual(Object.keys(results), ["corpus", "probe"]);
    assert.deepEqual(results.probe, { articles: 5, corpus: "trump-putin-call" });
    assert.deepEqual(results.corpus.articles.map((a: { id: string }) => a.id), ["abc-reworded", "abc-word-swapped", "first-call-web", "nypost-relay", "wapo-call"]);
    const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
    assert.ok(html.includes("<title>newscompare report: trump-putin-call</title>"));
    assert.ok(html.includes("2026-01-02T03:04:05.000Z by newscompare 0.1.0"));
    assert.ok(html.includes(`<code>${STORY}</code> (5 articles)`));
    assert.ok(html.includes('<script src="assets/plotly.min.js"></script>'));
    assert.ok(html.includes("<p>Probe intro.</p>"));
    assert.ok(html.includes("Bars &amp; more."));
    assert.ok(html.includes('<a href="tables/probe-table.csv">'));
    assert.ok(html.includes("5 articles ("), "corpus intro");
    assert.equal(fs.readFileSync(path.join(out, "tables", "probe-table.csv"), "utf8"), "article,n\r\nabc-reworded,1\r\n");
    assert.equal(fs.statSync(path.join(out, "assets", "plotly.min.js")).size, fs.statSync(require.resolve("plotly.js-dist-min/plotly.min.js")).size);
    assert.ok(fs.readFileSync(path.join(out, "charts", "probe-bars.html"), "utf8").includes('<script src="../assets/plotly.min.js"></script>'));
  });

  it("replaces the report on a re-run and leaves the user's own files alone", async () => {
    const out = path.join(root, "story");
    await buildReport({ paths: STORY, out, formats: ["html"], sections: [probe] });
    fs.writeFileSync(path.join(out, "my-notes.txt"), "keep me");
    fs.writeFileSync(path.join(out, "charts", "leftover.html"), "old");
    await buildReport({ paths: STORY, out, formats: ["html"], sections: [probe] });
    assert.equal(fs.readFileSync(path.join(out, "my-notes.txt"), "utf8"), "keep me");
    assert.deepEqual(fs.readdirSync(path.join(out, "charts")), ["probe-bars.html"]);
    assert.deepEqual(fs.readdirSync(root), ["story"]);
  });

  it("changes nothing in the target when a section fails, and cleans up", async () => {
    const out = path.join(root, "story");
    await buildReport({ paths: STORY, out, formats: ["html"], sections: [probe] });
    const before = fs.readFileSync(path.join(out, "index.html"), "utf8");
    const broken: ReportSection = { id: "broken", title: "Broken", build: () => { throw new Error("boom"); } };
    await assert.rejects(buildReport({ paths: STORY, out, formats: ["html"], sections: [probe, broken] }), /report section 'broken' failed: boom/);
    assert.equal(fs.readFileSync(path.join(out, "index.html"), "utf8"), before);
    assert.deepEqual(fs.readdirSync(root), ["story"]);
  });

  it("refuses two charts with one name, and unsafe file names", async () => {
    const out = path.join(root, "story");
    await assert.rejects(buildReport({ paths: STORY, out, formats: ["html"], sections: [probe, { ...probe, id: "probe2" }] }), /two sections produce a chart named 'probe-bars'/);
    const unsafe: ReportSection = { ...probe, build: (ctx) => ({ ...(probe.build(ctx) as object), charts: [{ name: "../x", title: "", caption: "", figure: figure([], {}) }] }) as never };
    await assert.rejects(buildReport({ paths: STORY, out, formats: ["html"], sections: [unsafe] }), /chart name '..\/x' is not a safe file name/);
    assert.deepEqual(fs.readdirSync(root), []);
  });
});
