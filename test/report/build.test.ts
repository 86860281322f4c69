import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildReport, corpusNameOf, exportSize, registeredSections } from "../../src/report/build";
import type { ReportSection } from "../../src/report/section";
import { figure } from "../../src/charts/theme";
import { indexVersion } from "../../src/report/write";

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

/** Every file under `dir` (symlinks as their targets) with its content: to show nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of fs.readdirSync(path.join(dir, rel))) {
      const file = path.join(rel, name);
      const stat = fs.lstatSync(path.join(dir, file));
      if (stat.isSymbolicLink()) files[file] = `-> ${fs.readlinkSync(path.join(dir, file))}`;
      else if (stat.isDirectory()) walk(file);
      else files[file] = fs.readFileSync(path.join(dir, file), "utf8");
    }
  };
  walk("");
  return files;
}

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
    const files = path.basename(result.files);
    assert.match(files, new RegExp(`^report-${process.pid}-[A-Za-z0-9]{6}$`));
    assert.deepEqual(result, { dir: out, index: path.join(out, "index.html"), files: path.join(out, files), articles: 5, charts: 4, tables: 2, images: [], notes: [] });
    assert.deepEqual(fs.readdirSync(out).sort(), [".current", "charts", "index.html", files, "results.json", "tables"]);
    assert.deepEqual(fs.readdirSync(result.files).sort(), [".newscompare-version", "assets", "charts", "results.json", "tables"]);
    assert.deepEqual(fs.readdirSync(path.join(out, "charts")).sort(), ["article-lengths.html", "probe-bars.html", "publication-dates.html", "removed-boilerplate.html"]);
    assert.deepEqual(fs.readdirSync(path.join(out, "tables")).sort(), ["articles.csv", "probe-table.csv"]);
    const results = JSON.parse(fs.readFileSync(path.join(out, "results.json"), "utf8"));
    assert.deepEqual(Object.keys(results), ["corpus", "probe"]);
    assert.deepEqual(results.probe, { articles: 5, corpus: "trump-putin-call" });
    assert.deepEqual(results.corpus.articles.map((a: { id: string }) => a.id), ["abc-reworded", "abc-word-swapped", "first-call-web", "nypost-relay", "wapo-call"]);
    const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
    assert.ok(html.includes("<title>newscompare report: trump-putin-call</title>"));
    assert.ok(html.includes("<dt>Made</dt><dd>2026-01-02T03:04:05.000Z by newscompare 0.1.0</dd>"));
    assert.ok(html.includes(`<dt>Options</dt><dd><code>formats: [&quot;html&quot;]</code></dd>`), "a report built from code shows the options it ran with");
    assert.ok(html.includes(`<dt>Read</dt><dd><code>${STORY}</code> (5 articles)</dd>`));
    assert.ok(!html.includes("<dt>Skipped</dt>"));
    assert.ok(html.includes(`<script src="${files}/assets/plotly.min.js"></script>`));
    assert.ok(html.includes(`<a href="${files}/charts/probe-bars.html">HTML</a>`));
    assert.ok(html.includes("<p>Probe intro.</p>"));
    assert.ok(html.includes("Bars &amp; more."));
    assert.ok(html.includes(`<a href="${files}/tables/probe-table.csv">`));
    assert.ok(html.includes("5 articles ("), "corpus intro");
    assert.equal(fs.readFileSync(path.join(out, "tables", "probe-table.csv"), "utf8"), "article,n\r\nabc-reworded,1\r\n");
    assert.equal(fs.statSync(path.join(result.files, "assets", "plotly.min.js")).size, fs.statSync(require.resolve("plotly.js-dist-min/plotly.min.js")).size);
    assert.ok(fs.readFileSync(path.join(out, "charts", "probe-bars.html"), "utf8").includes('<script src="../assets/plotly.min.js"></script>'));
  });

  it("replaces the report on a re-run and leaves the user's own files alone", async () => {
    const out = path.join(root, "story");
    await buildReport({ paths: STORY, out, formats: ["html"], sections: [probe] });
    fs.writeFileSync(path.join(out, "my-notes.txt"), "keep me");
    fs.writeFileSync(path.join(out, "charts", "leftover.html"), "old");
    const second = await buildReport({ paths: STORY, out, formats: ["html"], sections: [probe] });
    assert.equal(fs.readFileSync(path.join(out, "my-notes.txt"), "utf8"), "keep me");
    assert.deepEqual(fs.readdirSync(path.join(out, "charts")), ["probe-bars.html"]);
    assert.deepEqual(fs.readdirSync(out).sort(), [".current", "charts", "index.html", "my-notes.txt", path.basename(second.files), "results.json", "tables"]);
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

  it("keeps the new version when publishing fails after index.html was swapped", async () => {
    const out = path.join(root, "story");
    const stop = (at: string) => (step: string) => {
      if (step === at) throw new Error(`stopped at ${step}`);
    };
    await assert.rejects(buildReport({ paths: STORY, out, formats: ["html"], sections: [probe], publishHook: stop("index-swapped") }), /stopped at index-swapped/);
    const version = indexVersion(out)!;
    assert.ok(fs.existsSync(path.join(out, version, "results.json")), "index.html's version is there");
    await assert.rejects(buildReport({ paths: STORY, out, formats: ["html"], sections: [probe], publishHook: stop("version-written") }), /stopped at version-written/);
    assert.equal(indexVersion(out), version);
    assert.deepEqual(fs.readdirSync(out).filter((n) => n.startsWith("report-")), [version], "the unpublished version is discarded");
  });

  it("refuses a corpus where no article loads, keeping the report that was there untouched", async () => {
    const out = path.join(root, "story");
    await buildReport({ paths: STORY, out, formats: ["html"], sections: [probe] });
    const before = snapshot(out);
    const bad = path.join(root, "bad");
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, "only.json"), "{ not json");
    await assert.rejects(
      buildReport({ paths: bad, out, formats: ["html"], sections: [probe], load: { skipBad: true } }),
      (err: Error) => {
        assert.equal(err.message.split("\n").length, 1);
        assert.match(err.message, new RegExp(`^${bad}: no article could be loaded, so no report was written \\(an existing one is kept\\): 1 skipped, the first ${path.join(bad, "only.json")}: `));
        return true;
      },
    );
    assert.deepEqual(snapshot(out), before);
  });

  it("records the command line, the inputs read and the files skipped in the page's header", async () => {
    const out = path.join(root, "story");
    const mixed = path.join(root, "mixed");
    fs.mkdirSync(mixed);
    fs.writeFileSync(path.join(mixed, "extra.txt"), "A second look at the call\n\nThe two leaders spoke for ninety minutes on Wednesday.\n");
    fs.writeFileSync(path.join(mixed, "broken.json"), "{ not json");
    const command = ["report", STORY, mixed, "--skip-bad", "--out", out, "--field", "title=head line"];
    await buildReport({ paths: [STORY, mixed], out, formats: ["html"], sections: [probe], load: { skipBad: true }, command, now: NOW });
    const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
    assert.ok(html.includes(`<dt>Command</dt><dd><code>newscompare report ${STORY} ${mixed} --skip-bad --out ${out} --field &#39;title=head line&#39;</code></dd>`), html.slice(0, 3000));
    assert.ok(!html.includes("<dt>Options</dt>"));
    assert.ok(html.includes(`<dt>Read</dt><dd><code>${STORY}</code> (5 articles), <code>${mixed}</code> (1 article): 6 articles</dd>`));
    assert.match(html, new RegExp(`<dt>Skipped</dt><dd><details><summary>1 file left out</summary><ul><li><code>${path.join(mixed, "broken.json")}</code>: [^<]+</li></ul></details></dd>`));
  });

  it("refuses two charts with one name, and unsafe file names", async () => {
    const out = path.join(root, "story");
    await assert.rejects(buildReport({ paths: STORY, out, formats: ["html"], sections: [probe, { ...probe, id: "probe2" }] }), /two sections produce a chart named 'probe-bars'/);
    const unsafe: ReportSection = { ...probe, build: (ctx) => ({ ...(probe.build(ctx) as object), charts: [{ name: "../x", title: "", caption: "", figure: figure([], {}) }] }) as never };
    await assert.rejects(buildReport({ paths: STORY, out, formats: ["html"], sections: [unsafe] }), /chart name '..\/x' is not a safe file name/);
    assert.deepEqual(fs.readdirSync(root), []);
  });
});
