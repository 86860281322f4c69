import { strict as assert } from "node:assert";
import type { Article } from "../../src/corpus/article";
import { unifyOutletNames } from "../../src/corpus/outlets";

function article(id: string, outlet: string): Article {
  return { id, file: `${id}.txt`, title: null, outlet, published: null, publishedEstimated: false, language: "en", raw: "x", text: "x", removed: [], encoding: "utf-8", meta: {} };
}

describe("unifyOutletNames", () => {
  it("gives names equal but for case the spelling most articles use", () => {
    const list = [article("a", "nyt"), article("b", "nyt"), article("c", "NYT"), article("d", "Fox")];
    unifyOutletNames(list);
    assert.deepEqual(list.map((a) => a.outlet), ["nyt", "nyt", "nyt", "Fox"]);
    assert.deepEqual(list[2].meta, { outlet_as_given: "NYT" });
    assert.deepEqual(list[0].meta, {});
  });

  it("breaks a tie in favour of more capitals, and trims space", () => {
    const list = [article("a", "hpo"), article("b", "HPO "), article("c", "unknown")];
    unifyOutletNames(list);
    assert.deepEqual(list.map((a) => a.outlet), ["HPO", "HPO", "unknown"]);
  });

  it("leaves different outlets apart", () => {
    const list = [article("a", "The Washington Post"), article("b", "Washington Post")];
    unifyOutletNames(list);
    assert.deepEqual(list.map((a) => a.outlet), ["The Washington Post", "Washington Post"]);
  });
});
