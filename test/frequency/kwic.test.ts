import { strict as assert } from "node:assert";
import * as path from "node:path";
import { kwic } from "../../src/frequency/kwic";
import { countTerms } from "../../src/frequency/counts";
import { resolveCountOptions } from "../../src/frequency/analyse";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";
import { doc } from "./helpers";

describe("frequency/kwic", () => {
  it("finds every surface form of a stem, with offsets and context", () => {
    const d = doc("k", "They talked.  Talks continue.\nHe talks.");
    const lines = kwic([d], "talk", { unit: "stem", width: 8 });
    assert.deepEqual(lines, [
      { article: "k", start: 5, end: 11, left: "They ", match: "talked", right: ". Talks" },
      { article: "k", start: 14, end: 19, left: "alked. ", match: "Talks", right: " continu" },
      { article: "k", start: 33, end: 38, left: "nue. He ", match: "talks", right: "." },
    ]);
  });

  it("finds a name and an n-gram, never across a sentence end", () => {
    const d = doc("k", "The White House said no. White House aides. Said white.");
    assert.deepEqual(kwic([d], "White House", { phrases: ["White House"] }).map((l) => l.start), [4, 25]);
    assert.deepEqual(kwic([d], "no white", { phrases: false }), []);
  });

  it("has exactly as many lines as the count of every term on the bundled story", function () {
    const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles);
    const opts = { ngram: 2 };
    const table = countTerms(docs, resolveCountOptions(docs, opts));
    const ids = table.terms.map((_, i) => i).filter((i) => table.total[i] >= 3);
    for (const id of ids) {
      const term = table.terms[id];
      const lines = kwic(docs, term.display, opts);
      assert.equal(lines.length, table.total[id], `${term.key}: ${lines.length} lines, ${table.total[id]} counted`);
      for (const l of lines) assert.equal(l.match.replace(/\s+/g, " ").toLowerCase().replace(/’/g, "'"), term.key);
    }
    assert.ok(ids.length > 100);
  });
});
