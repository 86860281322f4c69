import { strict as assert } from "node:assert";
import type { Article } from "../../src/corpus/article";
import { filterArticles, filterNote } from "../../src/corpus/filter";

const a = (id: string, outlet: string, published: string | null): Article => ({ id, file: `${id}.txt`, title: null, outlet, published, publishedEstimated: false, language: "en", raw: "x", text: "x", removed: [], encoding: "utf-8", meta: {} });
const list = [a("1", "The New York Times", "2012-06-01"), a("2", "Fox News", "2012-06-03"), a("3", "Fox News", null), a("4", "HuffPost", "2012-07-01T08:00:00Z")];

describe("filterArticles", () => {
  it("keeps everything when asked nothing", () => {
    assert.deepEqual(filterArticles(list, {}), { kept: list, note: null });
  });
  it("keeps outlets by any of their names, ignoring case", () => {
    const out = filterArticles(list, { outlets: ["nyt", "FOX NEWS"] });
    assert.deepEqual(out.kept.map((x) => x.id), ["1", "2", "3"]);
    assert.equal(out.note, "3 of 4 articles kept (outlet nyt or FOX NEWS)");
  });
  it("keeps a date range by publication day, inclusive, leaving undated articles out", () => {
    assert.deepEqual(filterArticles(list, { from: "2012-06-03", to: "2012-07-01" }).kept.map((x) => x.id), ["2", "4"]);
    assert.deepEqual(filterArticles(list, { to: "2012-06-02" }).kept.map((x) => x.id), ["1"]);
  });
  it("the note counts with thousands separators, as every other count a command prints", () => {
    assert.equal(filterNote({ outlets: ["Fox News"], from: "2016-01-01" }, 1234, 1000000), "1,234 of 1,000,000 articles kept (outlet Fox News, published from 2016-01-01)");
  });
});
