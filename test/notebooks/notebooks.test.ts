import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// Executes every notebook through real Jupyter (nbclient + the project's tslab kernel), the way
// `npm run notebooks` does, into a temp folder so the committed notebooks stay as they are.
const ROOT = path.resolve(__dirname, "../..");
const { findNbclientPython, INSTALL_HINT } = require(path.join(ROOT, "scripts/jupyter-env.js"));
const NOTEBOOKS = fs.readdirSync(path.join(ROOT, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort();

interface Output { output_type: string; name?: string; text?: string | string[]; data?: Record<string, unknown>; metadata?: Record<string, unknown> }
interface Cell { cell_type: string; source: string | string[]; outputs?: Output[] }

function outputsOf(nb: { cells: Cell[] }): Output[] {
  return nb.cells.flatMap((c) => c.outputs ?? []);
}

describe("notebooks (executed through Jupyter)", function () {
  this.timeout(600_000);
  const python = findNbclientPython();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "newscompare-nb-"));

  before(function () {
    if (!python) {
      if (process.env.CI === "true") throw new Error(INSTALL_HINT);
      console.log(`      (notebook tests pending: ${INSTALL_HINT})`);
      this.skip();
    }
  });

  it("finds the notebooks, 01-corpus first", () => {
    assert.ok(NOTEBOOKS.length >= 1);
    assert.equal(NOTEBOOKS[0], "01-corpus.ipynb");
  });

  for (const name of NOTEBOOKS) {
    it(`${name} executes with no cell error`, () => {
      const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/run-notebooks.js"), path.join(ROOT, "notebooks", name), "--out", outDir], {
        encoding: "utf8",
        cwd: ROOT,
      });
      assert.equal(r.status, 0, `notebook failed:\n${r.stderr}`);
      const nb = JSON.parse(fs.readFileSync(path.join(outDir, name), "utf8"));
      const outputs = outputsOf(nb);
      assert.equal(outputs.filter((o) => o.output_type === "error").length, 0);
      const stderr = outputs.filter((o) => o.name === "stderr").map((o) => [o.text].flat().join("")).join("");
      assert.equal(stderr, "", "no cell wrote to stderr");
      // a chart keeps its static image in the saved notebook (shown where scripts do not run)
      const charts = outputs.filter((o) => String([o.data?.["text/plain"]].flat().join("")).startsWith("[chart]"));
      for (const chart of charts) {
        assert.ok(chart.data?.["image/png"], "chart output carries a PNG");
        // drawn at the height the figure asks for: squeezed into a fixed box, rows and panels overprint
        const html = [chart.data?.["text/html"]].flat().join("");
        const figure = JSON.parse(/var fig = (.*);\n/.exec(html)![1]) as { layout: { height?: number } };
        const size = (chart as { metadata?: Record<string, { height?: number }> }).metadata?.["image/png"];
        if (typeof figure.layout.height === "number") assert.equal(size?.height, figure.layout.height, `${name}: a chart drawn at ${size?.height} px, not the ${figure.layout.height} px it asks for`);
      }
      // every code cell ran
      for (const cell of nb.cells as Cell[]) if (cell.cell_type === "code") assert.notEqual((cell as { execution_count?: number }).execution_count, null);
    });
  }

  it("npm run notebooks:clear turns each executed notebook back into the committed file, byte for byte", function () {
    const executed = NOTEBOOKS.filter((name) => fs.existsSync(path.join(outDir, name)));
    if (executed.length === 0) this.skip();
    const cleared = fs.mkdtempSync(path.join(os.tmpdir(), "newscompare-nb-cleared-"));
    for (const name of executed) fs.copyFileSync(path.join(outDir, name), path.join(cleared, name));
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/clear-notebooks.js"), ...executed.map((n) => path.join(cleared, n))], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    for (const name of executed) {
      assert.ok(fs.readFileSync(path.join(outDir, name)).length > fs.readFileSync(path.join(cleared, name)).length, `${name}: nothing was cleared`);
      assert.ok(fs.readFileSync(path.join(cleared, name)).equals(fs.readFileSync(path.join(ROOT, "notebooks", name))), `${name}: cleared differs from the committed file`);
    }
  });

  it("the committed notebooks are in their cleared form (npm run notebooks:clear -- --check)", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/clear-notebooks.js"), "--check"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  });

  it("01-corpus's saved copy shows the articles table", function () {
    const file = path.join(outDir, "01-corpus.ipynb");
    if (!fs.existsSync(file)) this.skip();
    const html = outputsOf(JSON.parse(fs.readFileSync(file, "utf8")))
      .map((o) => o.data?.["text/html"]).filter(Boolean).map((h) => [h].flat().join("")).join("\n");
    assert.match(html, /<table/);
    assert.ok((html.match(/<tr>/g) ?? []).length >= 6, "header + five articles");
    const pngs = outputsOf(JSON.parse(fs.readFileSync(file, "utf8"))).filter((o) => o.data?.["image/png"]);
    assert.equal(pngs.length, 3, "article lengths, publication dates, removed boilerplate");
  });
});
