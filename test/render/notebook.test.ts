import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { closeBrowser, getBrowser } from "../../src/render/browser";
import { distinctColours, pngSize } from "./png";
import { requireChrome } from "./browser-available";

// show() through the real thing: a notebook executed by Jupyter (nbclient) on the project's tslab
// kernel, then its saved outputs opened in Chromium with and without scripts.
const ROOT = path.resolve(__dirname, "../..");
const { findNbclientPython, registerKernel, jupyterEnv, INSTALL_HINT } = require(path.join(ROOT, "scripts/jupyter-env.js"));

interface Output { output_type: string; data?: Record<string, string | string[]>; metadata?: Record<string, unknown>; text?: string | string[] }
const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join("") : v ?? "");

function notebook(cells: string[]) {
  return {
    cells: cells.map((source, i) => ({ cell_type: "code", id: `c${i}`, metadata: {}, source, outputs: [], execution_count: null })),
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

describe("show() in a tslab notebook", function () {
  this.timeout(300_000);
  let dir: string;
  let outputs: Output[];

  before(function () {
    const python = findNbclientPython();
    if (!python) {
      if (process.env.CI === "true") throw new Error(INSTALL_HINT);
      console.log(`      (notebook chart tests pending: ${INSTALL_HINT})`);
      return this.skip();
    }
    requireChrome(this);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nc-show-"));
    const nb = notebook([
      'import { show } from "./src/render/notebook";\nimport { articleLengthsChart } from "./src/charts/article-lengths";\nimport { SUMMARIES } from "./test/charts/fixtures";',
      "await show(articleLengthsChart(SUMMARIES));",
      'await show(articleLengthsChart(SUMMARIES.slice(1), "Second chart"), { width: 600, height: 300 });',
    ]);
    const src = path.join(dir, "show.ipynb");
    const out = path.join(dir, "show-out.ipynb");
    fs.writeFileSync(src, JSON.stringify(nb));
    registerKernel();
    const r = spawnSync(python, [path.join(ROOT, "scripts/execute_notebook.py"), src, out, ROOT], { env: jupyterEnv(), encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    outputs = JSON.parse(fs.readFileSync(out, "utf8")).cells.flatMap((c: { outputs: Output[] }) => c.outputs);
  });
  after(async () => {
    await closeBrowser();
    if (dir && !process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves one output per chart carrying a PNG, the interactive HTML and a text line", () => {
    assert.deepEqual(outputs.map((o) => o.output_type), ["display_data", "display_data"]);
    for (const o of outputs) assert.deepEqual(Object.keys(o.data!).sort(), ["image/png", "text/html", "text/plain"]);
    assert.equal(joined(outputs[0].data!["text/plain"]), "[chart] Words per article");
    const png = Buffer.from(joined(outputs[1].data!["image/png"]), "base64");
    assert.deepEqual(pngSize(png), { width: 1200, height: 600 });
    assert.ok(distinctColours(png) > 10);
    assert.deepEqual(outputs[1].metadata, { "image/png": { width: 600, height: 300 } });
  });

  it("carries no copy of plotly.js and no CDN: a loader for the Jupyter server's /files/ path of node_modules", () => {
    for (const o of outputs) {
      const html = joined(o.data!["text/html"]);
      assert.ok(!html.includes("plotly.js v3.7.0"), "plotly.js inlined");
      assert.ok(html.length < 300_000, `output HTML is ${html.length} characters`);
      assert.ok(html.includes('"node_modules/plotly.js-dist-min/plotly.min.js"'));
      assert.ok(!/<script src=|https?:\/\//.test(html), "no external script, no URL");
    }
  });

  /** What nbconvert --to html does with the outputs: the text/html of each, in order, in one page. */
  const outputsPage = (head = "") =>
    `<!doctype html><html><head>${head}</head><body>${outputs.map((o) => `<div class="output">${joined(o.data!["text/html"])}</div>`).join("\n")}</body></html>`;

  async function openOutputs(javaScriptEnabled: boolean) {
    const file = path.join(dir, `outputs-${javaScriptEnabled}.html`);
    fs.writeFileSync(file, outputsPage());
    const context = await (await getBrowser()).newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(file).href);
    return { page, context, errors };
  }

  /**
   * The outputs in a page served the way a Jupyter server serves JupyterLab under `npm run lab`: the
   * page names its base URL in #jupyter-config-data (here behind a prefix, as JupyterHub does) and
   * BASE/files/PATH serves PATH from the server's root, the project.
   */
  async function openInJupyterPage() {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      const url = decodeURIComponent(req.url ?? "");
      requests.push(url);
      if (url === "/hub/user/me/lab") {
        res.writeHead(200, { "content-type": "text/html" });
        return res.end(outputsPage('<script id="jupyter-config-data" type="application/json">{"baseUrl": "/hub/user/me/"}</script>'));
      }
      const file = url.startsWith("/hub/user/me/files/") ? path.join(ROOT, url.slice("/hub/user/me/files/".length)) : null;
      if (file && file.startsWith(ROOT + path.sep) && fs.existsSync(file)) {
        res.writeHead(200, { "content-type": "text/javascript" });
        return res.end(fs.readFileSync(file));
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const context = await (await getBrowser()).newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hub/user/me/lab`);
    const close = async () => {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    };
    return { page, errors, requests, close };
  }

  it("in a Jupyter page: loads plotly.js once from the server's files and draws interactive charts, hiding the static images", async () => {
    const { page, errors, requests, close } = await openInJupyterPage();
    try {
      await page.waitForFunction(() => [...document.querySelectorAll(".nc-chart")].filter((c) => c.querySelector(".main-svg")).length === 2);
      assert.equal(await page.locator(".nc-chart .point").count(), 4 + 3);
      assert.deepEqual(await page.locator(".nc-chart-static").evaluateAll((imgs) => imgs.map((i) => getComputedStyle(i).display)), ["none", "none"]);
      assert.deepEqual(requests.filter((r) => r.includes("/files/")), ["/hub/user/me/files/node_modules/plotly.js-dist-min/plotly.min.js"]);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  it("in a page that runs scripts but is no Jupyter page (nbconvert HTML): the static images stay, no errors", async () => {
    const { page, context, errors } = await openOutputs(true);
    try {
      // inline scripts have run by the time the page has loaded: the loader found no Jupyter page
      const images = await page.locator(".nc-chart-static").evaluateAll((imgs) => imgs.map((i) => getComputedStyle(i).display !== "none"));
      assert.deepEqual(images, [true, true]);
      assert.equal(await page.locator(".nc-chart .main-svg").count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("shows the static images where scripts do not run", async () => {
    const { page, context } = await openOutputs(false);
    const images = await page.locator(".nc-chart-static").evaluateAll((imgs) =>
      imgs.map((i) => ({ shown: getComputedStyle(i).display !== "none", natural: (i as HTMLImageElement).naturalWidth })),
    );
    // the default width (NOTEBOOK_WIDTH, 960 px) drawn at scale 2; the second chart asks for 600 px
    assert.deepEqual(images, [{ shown: true, natural: 1920 }, { shown: true, natural: 1200 }]);
    assert.equal(await page.locator(".nc-chart .main-svg").count(), 0);
    await context.close();
  });
});
