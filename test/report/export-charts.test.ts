import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exportCharts } from "../../src/report/export-charts";
import type { ReportChart } from "../../src/report/section";
import type { Progress } from "../../src/report/progress";
import { figure } from "../../src/charts/theme";
import { closeBrowser } from "../../src/render/browser";
import { main } from "../../src/cli/main";
import { requireChrome, withChromePath } from "../render/browser-available";
import { pngSize } from "../render/png";

const STORY = path.resolve(__dirname, "../../data/trump-putin-call");

function recorder(): Progress & { notes: string[]; steps: string[] } {
  const notes: string[] = [];
  const steps: string[] = [];
  return { notes, steps, step: (l) => void steps.push(l), setTotal() {}, note: (m) => void notes.push(m), done() {} };
}

const bars = (name: string, values: number[]): ReportChart => ({
  name,
  title: name,
  caption: "",
  figure: figure([{ type: "bar", x: values.map((_, i) => `c${i}`), y: values }], {}),
});

describe("exportCharts", function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "nc-export-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  after(() => closeBrowser());

  it("without Chromium writes the HTML charts and skips PNG/SVG with one note saying how to get them", async () => {
    const progress = recorder();
    const result = await withChromePath("/nonexistent/chromium", () => exportCharts([bars("a", [1, 2]), bars("b", [3])], ["html", "png", "svg"], dir, progress, 0));
    assert.deepEqual(fs.readdirSync(dir).sort(), ["a.html", "b.html"]);
    assert.deepEqual(result.formats, ["html"]);
    assert.deepEqual(result.images, []);
    assert.deepEqual(result.missing, []);
    assert.equal(progress.notes.length, 1);
    assert.deepEqual(result.notes, progress.notes);
    assert.match(progress.notes[0], /^PNG and SVG skipped \(the HTML report has every chart, interactive\): no Chromium found .*CHROME_PATH=\/nonexistent\/chromium does not exist.*set CHROME_PATH.*; or pass --formats html to leave them out$/);
    assert.ok(!progress.notes[0].includes("\n"));
  });

  it("with a Chromium that will not start, the same: one note, HTML written", async () => {
    const progress = recorder();
    const result = await withChromePath("/bin/true", () => exportCharts([bars("a", [1]), bars("b", [2])], ["html", "png"], dir, progress, 0));
    assert.deepEqual(fs.readdirSync(dir).sort(), ["a.html", "b.html"]);
    assert.deepEqual(result.missing, ["charts/a.png", "charts/b.png"]);
    assert.equal(progress.notes.length, 1);
    assert.match(progress.notes[0], /^PNG and SVG skipped .*Chromium at \/bin\/true would not start/);
  });

  describe("in headless Chromium", function () {
    before(function () {
      requireChrome(this);
    });

    it("names a chart that cannot be drawn in one note and exports the others", async () => {
      const broken: ReportChart = { ...bars("broken", [1]), figure: { data: [{ type: "bar", x: ["a"], y: [1] }], layout: { height: -5 } } };
      const progress = recorder();
      const result = await exportCharts([bars("a", [1, 2]), broken, bars("b", [3])], ["png"], dir, progress, 0);
      assert.deepEqual(fs.readdirSync(dir).sort(), ["a.png", "b.png"]);
      assert.deepEqual(progress.steps, ["charts/a.png", "charts/broken.png", "charts/b.png"]);
      assert.deepEqual(result.missing, ["charts/broken.png"]);
      assert.equal(progress.notes.length, 1);
      assert.match(progress.notes[0], /^charts\/broken\.png not exported: [^\n]+$/);
      assert.deepEqual(pngSize(fs.readFileSync(path.join(dir, "b.png"))), { width: 1920, height: 1080 });
    });

    it("refuses a figure too tall for an image in one note for all its formats, and draws the rest", async () => {
      // one panel row per article of a thousand: no image can hold it, the interactive chart can
      const tall: ReportChart = { ...bars("tall", [1, 2]), figure: figure([{ type: "bar", x: ["a"], y: [1] }], { height: 96_940 }) };
      const progress = recorder();
      const result = await exportCharts([tall, bars("a", [1])], ["html", "png", "svg"], dir, progress, 0);
      assert.deepEqual(fs.readdirSync(dir).sort(), ["a.html", "a.png", "a.svg", "tall.html"]);
      assert.deepEqual(progress.steps, ["charts/a.png", "charts/a.svg"]);
      assert.deepEqual(result.missing, ["charts/tall.png", "charts/tall.svg"]);
      assert.deepEqual(progress.notes, ["charts/tall.png and charts/tall.svg not exported: 96,940 px tall, over the 32,000 px an image may be (the interactive chart in index.html has it all)"]);
    });
  });
});

describe("newscompare report without Chromium", function () {
  this.timeout(180_000);

  it("exits 0 with the HTML report and one warning line (CHROME_PATH=/nonexistent)", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "nc-nochrome-"));
    try {
      let stderr = "";
      let stdout = "";
      const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), isTTY: false };
      const out = path.join(root, "r");
      const code = await withChromePath("/nonexistent", () => main(["report", STORY, "--out", out], io));
      assert.equal(code, 0, stderr);
      assert.equal(stdout, `${path.join(out, "index.html")}\n`);
      const warnings = stderr.split("\n").filter((l) => /skipped|chromium/i.test(l));
      assert.equal(warnings.length, 1, stderr);
      assert.match(warnings[0], /^report: PNG and SVG skipped .*CHROME_PATH=\/nonexistent does not exist.*--formats html/);
      const charts = fs.readdirSync(path.join(out, "charts"));
      assert.ok(charts.length >= 5 && charts.every((f) => f.endsWith(".html")), charts.join(" "));
      const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
      assert.ok(!/\.png"|\.svg"/.test(html), "no links to images that were not made");
      assert.ok(html.includes("PNG and SVG skipped"), "the report's notes say so too");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
