import { strict as assert } from "node:assert";
import * as api from "../src/index";

describe("public API (src/index.ts)", () => {
  it("runs the pipeline on the bundled story through the exported names only", () => {
    const { articles } = api.loadCorpus("data/trump-putin-call");
    assert.deepEqual(articles.map((a) => a.id), ["abc-reworded", "abc-word-swapped", "first-call-web", "nypost-relay", "wapo-call"]);
    const docs = api.toDocuments(articles);
    assert.equal(api.countWords(docs[3].tokens), 587);
    const quotes = api.extractQuotes(docs[3]);
    assert.ok(quotes.some((q) => q.speaker === "Dmitry Peskov" && q.text.startsWith("I personally may not know something")));
  });

  it("exports the entry point of every stage", () => {
    for (const name of ["loadCorpus", "toDocuments", "analyseFrequencies", "analyseOverlap", "analyseTimeline", "quoteCorpus", "show", "saveChart", "buildReport", "main", "ingest", "openStore"]) {
      assert.equal(typeof (api as Record<string, unknown>)[name], "function", name);
    }
  });
});
