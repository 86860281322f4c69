import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildReport } from "../../src/report/build";
import { inspectReportPage } from "../../src/report/inspect";
import { layoutProblems } from "../../src/report/layout-check";
import { closeBrowser } from "../../src/render/browser";
import { requireChrome } from "../render/browser-available";

const SHARED = path.resolve(__dirname, "../../..", "shared/corpora");
const STORY = path.resolve(__dirname, "../../data/trump-putin-call");
const BASIL = path.join(SHARED, "stories/basil-dev");
const ALLSIDES = path.join(SHARED, "bench/allsides-baly2020/articles_110MB.jsonl");

/** The first `n` records of a JSONL file, written to `dir` (the collection is 110 MB; the test needs a slice). */
function slice(file: string, n: number, dir: string): string {
  const out = path.join(dir, `first-${n}.jsonl`);
  const fd = fs.openSync(file, "r");
  const chunk = Buffer.alloc(1 << 20);
  let text = "";
  let lines = 0;
  try {
    for (let read; lines < n && (read = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
      text += chunk.subarray(0, read).toString("utf8");
      lines = text.split("\n").length - 1;
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.writeFileSync(out, `${text.split("\n").slice(0, n).join("\n")}\n`);
  return out;
}

/**
 * The report read as a reader would, at three sizes: every chart draws its data, no two tick labels
 * of an axis overlap, every category row is labelled, no panel is drawn over another or squeezed
 * under 40 px, and no label is a bare UUID-like id (every article of these corpora has a title or
 * an outlet). PNG/SVG export is covered by report-browser.test.ts; here the pages are HTML only.
 */
describe("the report at 5, 90 and 1,000 articles, in a real browser", function () {
  this.timeout(600_000);
  let root: string;
  before(function () {
    requireChrome(this);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-report-sizes-"));
  });
  after(async () => {
    await closeBrowser();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  const cases: Array<{ name: string; articles: number; unit: string; paths: () => string | null; load?: Record<string, unknown> }> = [
    { name: "the bundled story", articles: 5, unit: "article", paths: () => STORY },
    { name: "basil-dev", articles: 90, unit: "outlet", paths: () => (fs.existsSync(BASIL) ? BASIL : null) },
    { name: "1,000 allsides articles", articles: 1000, unit: "outlet", paths: () => (fs.existsSync(ALLSIDES) ? slice(ALLSIDES, 1000, root) : null), load: { dateOrder: "mdy", skipBad: true } },
  ];
  for (const c of cases) {
    it(`reads well on ${c.name}`, async function () {
      const paths = c.paths();
      if (!paths) {
        console.log(`      skipped: ${SHARED} is absent (${c.name})`);
        return this.skip();
      }
      const out = path.join(root, c.name.replace(/\W+/g, "-"));
      const built = await buildReport({ paths, out, formats: ["html"], load: c.load });
      assert.ok(built.articles >= c.articles * 0.95 && built.articles <= c.articles, `${built.articles} articles`);
      const index = path.join(out, "index.html");
      assert.match(fs.readFileSync(index, "utf8"), new RegExp(`<dt>Compared</dt><dd>Compared per ${c.unit}`));
      const check = await inspectReportPage(index, { fullPage: false });
      assert.ok(check.charts.length >= 10, `${check.charts.length} charts`);
      for (const chart of check.charts) {
        assert.ok(chart.drawn, `${chart.id}: no Plotly SVG`);
        if (chart.traces > 0) assert.ok(chart.marks > 0, `${chart.id}: ${chart.traces} traces but no data drawn`);
      }
      assert.deepEqual(check.layout.flatMap(layoutProblems), []);
      assert.deepEqual(check.errors, []);
      assert.deepEqual(check.network, []);
    });
  }
});
