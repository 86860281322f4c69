import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildReport, type BuildReportResult } from "../../src/report/build";
import { inspectReportPage } from "../../src/report/inspect";
import { closeBrowser } from "../../src/render/browser";
import { heightForRows } from "../../src/charts/layout";
import { distinctColours, pngSize } from "../render/png";
import { requireChrome } from "../render/browser-available";

const STORY = path.resolve(__dirname, "../../data/trump-putin-call");
const ARTIFACT = path.resolve(__dirname, "../../test-artifacts/report.png");

describe("the report in a real browser", function () {
  this.timeout(120_000);
  let root: string;
  let out: string;
  let built: BuildReportResult;

  before(async function () {
    requireChrome(this);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-report-browser-"));
    out = path.join(root, "trump-putin-call");
    built = await buildReport({ paths: STORY, out });
  });
  after(async () => {
    await closeBrowser();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("draws every chart of index.html opened from disk, offline, without errors", async () => {
    const check = await inspectReportPage(path.join(out, "index.html"), { screenshot: ARTIFACT });
    assert.ok(check.charts.length >= 3, `${check.charts.length} charts`);
    for (const chart of check.charts) {
      assert.ok(chart.drawn, `${chart.id}: no Plotly SVG`);
      if (chart.traces > 0) assert.ok(chart.marks > 0, `${chart.id}: ${chart.traces} traces but no data points drawn`);
    }
    const lengths = check.charts.find((c) => c.id === "chart-article-lengths-plot")!;
    assert.equal(lengths.marks, 5); // one bar per article of the bundled story
    assert.deepEqual(check.errors, []);
    assert.deepEqual(check.network, []);
    assert.ok(fs.statSync(ARTIFACT).size > 10_000);
  });

  it("exports every chart as a PNG of the export size, not blank, and as SVG with its data", () => {
    const htmls = fs.readdirSync(path.join(out, "charts")).filter((f) => f.endsWith(".html"));
    const pngs = built.images.filter((i) => i.file.endsWith(".png"));
    assert.equal(pngs.length, htmls.length);
    assert.equal(built.images.length, 2 * htmls.length);
    for (const { file, width, height, scale } of pngs) {
      const png = fs.readFileSync(path.join(out, file));
      assert.deepEqual(pngSize(png), { width: width * scale, height: height * scale }, file);
      assert.ok(distinctColours(png) > 10, `${file} looks blank`);
      const svg = fs.readFileSync(path.join(out, file.replace(/\.png$/, ".svg")), "utf8");
      assert.ok(svg.startsWith("<svg"), file);
      assert.ok(svg.includes(`width="${width}" height="${height}"`), file);
      // data layers as Plotly writes them: traces (scatter, bars, boxes), heatmap images, table cells
      assert.ok(/class="(trace|point|hm|cell-rect|box)/.test(svg), `${file}: SVG without data`);
    }
    // the chart asks for the height of its five rows (heightForRows), and is exported at it
    const lengths = path.join(path.basename(built.files), "charts", "article-lengths.png");
    assert.deepEqual(pngs.find((p) => p.file === lengths), { file: lengths, width: 960, height: heightForRows(5), scale: 2 });
    const svg = fs.readFileSync(path.join(out, "charts", "article-lengths.svg"), "utf8");
    assert.equal((svg.match(/class="point"/g) ?? []).length, 5);
    assert.ok(svg.includes("wapo-call"));
  });
});
