/**
 * `report --store DIR` (src/report/store): the collection's report, read from a store, opens in a real
 * browser and reads well — every chart draws its data, no layout problem (the layout check of the
 * folder's report) — both ways a store's report is drawn: the in-memory sections given the store's
 * results (a story-sized selection), and the aggregates past MAX_DETAIL_ARTICLES (forced here with
 * maxDetailArticles 0). It compares outlets by default, names what it read, and says what it leaves out.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildStoreReport } from "../../../src/report/store/build";
import { inspectReportPage } from "../../../src/report/inspect";
import { layoutProblems } from "../../../src/report/layout-check";
import { closeBrowser } from "../../../src/render/browser";
import { ingest } from "../../../src/store/ingest";
import { requireChrome } from "../../render/browser-available";
import { runCli } from "../../support/cli";
import { SHARED_CORPORA, storyWithCopies, tempDir } from "../../store/support";

async function readsWell(index: string, least: number): Promise<void> {
  const check = await inspectReportPage(index, { fullPage: false });
  assert.ok(check.charts.length >= least, `${check.charts.length} charts`);
  for (const chart of check.charts) {
    assert.ok(chart.drawn, `${chart.id}: no Plotly SVG`);
    if (chart.traces > 0) assert.ok(chart.marks > 0, `${chart.id}: ${chart.traces} traces but no data drawn`);
  }
  assert.deepEqual(check.layout.flatMap(layoutProblems), []);
  assert.deepEqual(check.errors, []);
  assert.deepEqual(check.network, []);
}

const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const CORPORA: Array<[string, () => string]> = [
  ["the bundled story with copies and rewrites", storyWithCopies],
  ["basil-dev", () => path.join(SHARED_CORPORA, "stories", "basil-dev")],
];

for (const [name, source] of CORPORA) {
  describe(`report --store: ${name}, in a real browser`, function () {
    this.timeout(600_000);
    let store: string;
    let root: string;
    before(async function () {
      requireChrome(this);
      const folder = source();
      if (!fs.existsSync(folder)) {
        console.log(`      (skipped: ${folder} is not here; it is shared research data)`);
        return this.skip();
      }
      root = tempDir("nc-store-report-");
      store = path.join(root, "coll");
      await ingest([folder], store, { workers: 0 });
    });
    after(async () => {
      await closeBrowser();
      if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    it("every section as for files (a story-sized store): per outlet, with no layout problem", async () => {
      const out = path.join(root, "full");
      const r = await runCli("report", "--store", store, "--out", out, "--formats", "html");
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${path.join(out, "index.html")}\n`);
      const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
      assert.match(html, /<dt>Compared<\/dt><dd>Compared per outlet, as a collection is: \d+ articles from \d+ outlets/);
      assert.match(html, new RegExp(`<dt>Read</dt><dd><code>${store.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</code> \\(\\d+ articles\\)`));
      for (const chart of ["article-lengths", "frequency-top-terms", "frequency-distinctive", "overlap-heatmap", "timeline", "timeline-events", "timeline-reach", "quotes-speakers", "quotes-over-time"]) {
        assert.ok(html.includes(`id="chart-${chart}"`), chart);
      }
      assert.match(text(html), /A store counts single words/);
      await readsWell(path.join(out, "index.html"), 14);
    });

    it("from the store's aggregates past the detail limit: the charts it can draw, and what it leaves out", async () => {
      const out = path.join(root, "aggregates");
      const built = await buildStoreReport({ store, out, formats: ["html"], maxDetailArticles: 0 });
      const html = fs.readFileSync(built.index, "utf8");
      for (const chart of ["article-lengths", "frequency-top-terms", "overlap-heatmap", "timeline-events", "quotes-speakers", "quotes-over-time"]) {
        assert.ok(html.includes(`id="chart-${chart}"`), chart);
      }
      // the charts that place every mention are not drawn, and the page says so
      assert.ok(!html.includes('id="chart-timeline"') && !html.includes('id="chart-timeline-reach"'));
      assert.match(text(html), /The chart of the dates each outlet reports and the chart of how far back each reaches place every one of the [\d,]+ mentions on its own; a store's report draws them for up to 20,000 articles/);
      assert.match(text(html), /Every quotation with its speaker and cue is in the store: newscompare quotes --store DIR lists them/);
      const results = JSON.parse(fs.readFileSync(path.join(built.files, "results.json"), "utf8"));
      assert.equal(results.timeline.unit, "outlet");
      assert.ok(results.quotes.quotations > 0);
      // what grows with the collection is left to the tables and the store, and the JSON says so
      assert.ok(Array.isArray(results.overlap.pairs) && results.overlap.by_unit);
      assert.equal(results.overlap.articles, undefined);
      assert.equal(results.overlap.substitutions, undefined);
      const longest = results.overlap.pairs.map((p: any) => p.evidence?.longest).filter(Boolean);
      // the planted copies are linked pairs with a longest passage: their offsets stay, their text goes
      if (source === storyWithCopies) assert.ok(longest.length > 0, "a linked pair with its longest passage");
      assert.ok(longest.every((l: any) => l.text_a === undefined && l.text_b === undefined && l.a_end > l.a_start), JSON.stringify(longest[0]));
      assert.match(results.overlap.left_out, /^[\d,]+ article rows \(the store's articles table\) and [\d,]+ substitutions \(tables\/overlap-substitutions.csv\)$/);
      await readsWell(built.index, 12);
    });

    it("--outlet selects the articles of one outlet, as for files", async () => {
      const out = path.join(root, "one-outlet");
      const all = await runCli("frequencies", "--store", store, "--by", "outlet", "--json");
      const outlet = JSON.parse(all.stdout).groups.find((g: { article: string }) => g.article !== "outlet not known").article as string;
      const r = await runCli("report", "--store", store, "--out", out, "--formats", "html", "--outlet", outlet);
      assert.equal(r.code, 0, r.stderr);
      const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
      assert.match(html, /articles kept \(outlet /);
    });
  });
}
