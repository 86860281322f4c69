import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { SHARED_CORPORA } from "./support";

/** Skip with one line when the shared research data is not next to the repo (a user's clone). */
function requireFolder(ctx: Mocha.Context, folder: string): void {
  if (!fs.existsSync(folder)) {
    console.log(`      (skipped: ${folder} is not here; it is shared research data, not part of the repo)`);
    ctx.skip();
  }
}

describe("loadCorpus on shared research corpora", function () {
  this.timeout(120000);

  it("WikiRef220: 220 articles, 140 read as Windows-1252 with a warning, no mojibake", function () {
    const folder = path.join(SHARED_CORPORA, "encodings", "WikiRef220");
    requireFolder(this, folder);
    const r = loadCorpus(folder);
    assert.equal(r.articles.length, 220);
    assert.deepEqual(r.skipped, []);
    assert.equal(r.warnings.length, 140);
    for (const w of r.warnings) assert.equal(w.message, "not valid UTF-8; read as Windows-1252");
    assert.equal(r.articles.filter((a) => a.encoding === "windows-1252").length, 140);
    assert.equal(r.articles.filter((a) => a.encoding === "utf-8").length, 80);
    for (const a of r.articles) {
      // UTF-8 read as 1252 (Ã©, â€™, â€œ), replacement characters, and C1 controls (1252 read as Latin-1)
      assert.doesNotMatch(a.text, /Ã©|â€™|â€œ|\uFFFD|[\u0080-\u009f]/, a.file);
      assert.equal(a.text, a.text.normalize("NFC"), a.file);
    }
    const paris = r.articles.find((a) => a.id === "ParisAttacks2015 (1)");
    assert.equal(paris?.title, "Paris attacks death toll rises to 130");
  });

  it("BASIL dev: 90 articles, each with a title, an outlet and a YYYY-MM-DD date", function () {
    const folder = path.join(SHARED_CORPORA, "stories", "basil-dev");
    requireFolder(this, folder);
    const r = loadCorpus(folder);
    assert.equal(r.articles.length, 90);
    assert.deepEqual(r.skipped, []);
    assert.deepEqual(r.warnings, []);
    for (const a of r.articles) {
      assert.ok(a.title && a.title.length > 0, a.file);
      assert.notEqual(a.outlet, "unknown", a.file);
      assert.match(a.published ?? "", /^\d{4}-\d{2}-\d{2}$/, a.file);
      assert.ok(!a.raw.includes("\n\n\n"), a.file);
    }
    // "nyt", "NYT", "fox", "hpo"... by the outlets' usual names, one each
    assert.deepEqual([...new Set(r.articles.map((a) => a.outlet))].sort(), ["Fox News", "HuffPost", "The New York Times"]);
    assert.equal(new Set(r.articles.map((a) => a.id)).size, 90);
  });
});
