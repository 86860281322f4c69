import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");

/**
 * natural's index requires its storage modules, which call `require('dotenv').config()`: importing
 * natural whole reads a `.env` from the working directory into process.env, so a folder of articles
 * could set CHROME_PATH and have `report` run any program. src/ requires natural's own submodules
 * (the Porter stemmer, Jaro-Winkler) instead; these tests keep it that way.
 */
describe("no src file imports natural whole (it would load a .env from the working directory)", () => {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
  /** `from "natural"`, `require("natural")`, `import("natural")`, `import "natural"`: the package itself, not a file in it. */
  const WHOLE = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)(["'`])natural(?:\/(?:index(?:\.js)?|lib(?:\/natural(?:\/index(?:\.js)?)?)?)?)?\/?\1/;

  it("the pattern finds each way of writing it (so the scan can fail)", () => {
    for (const line of [
      'import { JaroWinklerDistance } from "natural";',
      "const { PorterStemmer } = require('natural');",
      'const n = await import("natural");',
      'import "natural";',
      'require("natural/lib/natural")',
      'require("natural/lib/natural/index.js")',
    ]) assert.match(line, WHOLE, line);
    assert.doesNotMatch('require("natural/lib/natural/stemmers/porter_stemmer")', WHOLE);
    assert.doesNotMatch('// natural\'s stemmer, from "natural/lib/..."', WHOLE);
  });

  it("src/ has none", () => {
    const found = files(SRC).flatMap((f) =>
      fs.readFileSync(f, "utf8").split("\n").flatMap((line, i) => (WHOLE.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(found, []);
  });

  it("requiring every module of src/ loads no dotenv (checked in a fresh process)", function () {
    this.timeout(120_000);
    const modules = files(SRC).filter((f) => !f.endsWith(".d.ts"));
    const script = `
      require("tsx/cjs");
      for (const m of ${JSON.stringify(modules)}) require(m);
      const loaded = Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/](dotenv|natural[\\\\/]lib[\\\\/]natural[\\\\/]util[\\\\/]storage)[\\\\/]/.test(k));
      process.stdout.write(JSON.stringify({ modules: ${modules.length}, loaded }));
    `;
    const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const { modules: n, loaded } = JSON.parse(r.stdout);
    assert.ok(n > 100, `only ${n} modules required`);
    assert.deepEqual(loaded, []);
  });
});
