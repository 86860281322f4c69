import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { FIXTURES, tempCorpus } from "./support";

const dir = path.join(FIXTURES, "manifest");

describe("loadCorpus: folders and the articles.csv manifest", () => {
  it("reads subfolders, passes over hidden, _draft, README and the manifest, warns about other files", () => {
    const r = loadCorpus(dir);
    assert.deepEqual(r.articles.map((a) => a.file), [path.join(dir, "a.txt"), path.join(dir, "sub", "b.txt")]);
    assert.deepEqual(r.warnings, [
      { file: path.join(dir, "photo.jpg"), message: "skipped: unknown format '.jpg'" },
      { file: path.join(dir, "articles.csv"), message: "lists 'missing.txt', which is not an article file in this folder" },
    ]);
    assert.deepEqual(r.skipped, []);
  });

  it("takes metadata from the manifest; empty cells leave the file's own values", () => {
    const [a, b] = loadCorpus(dir).articles;
    assert.deepEqual(
      [a.id, a.title, a.outlet, a.published, a.publishedEstimated],
      ["leeds-rain", "Match Called Off", "Leeds Evening Post", "2024-02-10", true],
    );
    assert.deepEqual(
      [b.id, b.title, b.outlet, b.published, b.publishedEstimated],
      ["b", "Bridge Reopens", "Harbour News", "2024-02-11", false],
    );
    assert.equal(a.raw, "It rained all day in Leeds and the match was called off at noon.\n");
  });

  it("manifest values win over front matter", () => {
    const d = tempCorpus({
      "x.md": "---\nid: x\noutlet: Wrong Outlet\npublished: 2020-01-01\n---\nText.\n",
      "articles.csv": "file,outlet,published\nx.md,Right Outlet,2021-05-06\n",
    });
    const [a] = loadCorpus(d).articles;
    assert.deepEqual([a.id, a.outlet, a.published], ["x", "Right Outlet", "2021-05-06"]);
  });

  it("a bad date in the manifest is a warning against the article file (an error with strict)", () => {
    const d = tempCorpus({ "x.txt": "Text.", "articles.csv": "file,published\nx.txt,last week\n" });
    const r = loadCorpus(d);
    assert.deepEqual(r.articles.map((a) => [a.id, a.published, a.meta.published]), [["x", null, "last week"]]);
    assert.deepEqual(r.warnings, [
      { file: path.join(d, "x.txt"), message: "field 'published': unparseable date 'last week' (write it as YYYY-MM-DD); loaded with no date" },
    ]);
    assert.throws(() => loadCorpus(d, { strict: true }), {
      message: `${path.join(d, "x.txt")}: field 'published': unparseable date 'last week' (write it as YYYY-MM-DD)`,
    });
  });

  it("a manifest without a file column is an error naming the manifest", () => {
    const d = tempCorpus({ "x.txt": "Text.", "articles.csv": "name,outlet\nx.txt,A\n" });
    assert.throws(() => loadCorpus(d), { message: `${path.join(d, "articles.csv")}: manifest needs a 'file' column` });
  });

  it("title: explicit null means none; a long first line or one ending in a full stop is no headline", () => {
    const d = tempCorpus({
      "a.md": "---\ntitle: null\n---\nShort Headline Here\n\nBody.\n",
      "b.txt": "The council met on Monday.\n\nIt voted.\n",
      "c.txt": "# Will It Rain Tomorrow?\n\nForecasters disagree.\n",
      "d.txt": "Just one line with no body after it",
    });
    const titles = loadCorpus(d).articles.map((a) => [a.id, a.title]);
    assert.deepEqual(titles, [["a", null], ["b", null], ["c", "Will It Rain Tomorrow?"], ["d", null]]);
  });
});
