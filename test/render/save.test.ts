import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { saveChart, saveTable } from "../../src/render/save";
import { closeBrowser, findChrome, getBrowser } from "../../src/render/browser";
import { articleLengthsChart } from "../../src/charts/article-lengths";
import { SUMMARIES } from "../charts/fixtures";
import { distinctColours, pngSize } from "./png";
import { requireChrome } from "./browser-available";

describe("findChrome", () => {
  it("names both ways out when no browser is found", () => {
    assert.throws(() => findChrome({}, ["/nonexistent/chromium"]), /install Debian's chromium package .* or set CHROME_PATH/);
    assert.throws(() => findChrome({ CHROME_PATH: "/nonexistent/chrome" }), /CHROME_PATH=\/nonexistent\/chrome does not exist/);
  });

  it("prefers CHROME_PATH, then the first candidate that exists", () => {
    assert.equal(findChrome({ CHROME_PATH: process.execPath }), process.execPath);
    assert.equal(findChrome({}, ["/nonexistent/a", process.execPath]), process.execPath);
  });
});

describe("saveChart / saveTable", function () {
  this.timeout(120_000); // the first export launches Chromium; slow on a busy machine
  let dir: string;
  const fig = articleLengthsChart(SUMMARIES);
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "nc-save-"))));
  after(async () => {
    await closeBrowser();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses an extension it cannot write, writing nothing", async () => {
    await assert.rejects(saveChart(fig, path.join(dir, "chart.gif")), /cannot tell the chart format from '.gif' \(use .html, .png or .svg\)/);
    assert.ok(!fs.existsSync(path.join(dir, "chart.gif")));
  });

  it("writes a table as CSV", () => {
    saveTable([{ a: 1, b: "x,y" }], path.join(dir, "t.csv"));
    assert.equal(fs.readFileSync(path.join(dir, "t.csv"), "utf8"), 'a,b\r\n1,"x,y"\r\n');
  });

  describe("in headless Chromium", function () {
    before(function () {
      requireChrome(this);
    });

    it("exports a PNG of the requested size times scale, not blank", async () => {
      const file = path.join(dir, "lengths.png");
      await saveChart(fig, file, { width: 640, height: 360, scale: 2 });
      const png = fs.readFileSync(file);
      assert.deepEqual(pngSize(png), { width: 1280, height: 720 });
      // white background, three outlet colours, grid, anti-aliased text: far more than one colour
      assert.ok(distinctColours(png) > 10, `only ${distinctColours(png)} colours`);
    });

    it("exports an SVG with the bars and the axis labels", async () => {
      const file = path.join(dir, "lengths.svg");
      await saveChart(fig, file, { width: 500, height: 300 });
      const svg = fs.readFileSync(file, "utf8");
      assert.ok(svg.startsWith("<svg"));
      assert.ok(svg.includes('width="500" height="300"'));
      assert.equal((svg.match(/class="point"/g) ?? []).length, 4); // one bar per article
      // articles by their labels (outlet · day · title), not their ids
      for (const label of ["Call lasts 90 minutes", "Washington Post · 2025-02-13 · wp-2", "A blog post", "Words per article", "Washington Post"]) assert.ok(svg.includes(label), label);
    });

    it("exports HTML that draws the chart from file:// with no network", async () => {
      const file = path.join(dir, "lengths.html");
      await saveChart(fig, file);
      const html = fs.readFileSync(file, "utf8");
      assert.ok(!/<script src=/.test(html));
      const page = await (await getBrowser()).newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      const fetched: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        fetched.push(url);
        return route.abort();
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector(".nc-chart .main-svg");
      assert.equal(await page.locator(".nc-chart .bars .point").count(), 4);
      assert.deepEqual(errors, []);
      assert.deepEqual(fetched, []);
      await page.close();
    });
  });
});
