import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { toDocument, toDocuments } from "../../src/text/document";
import { analyseTimeline } from "../../src/timeline/analyse";
import { estimatePublished, extractMentions } from "../../src/timeline/extract";
import { limitSentences, MAX_SENTENCE_CHARS, sentenceBounds } from "../../src/timeline/sentences";
import { article } from "./helpers";

// The CLI gives analyseTimeline bare Articles (sentence bounds without Token objects); the report
// gives it Documents. Both must find the same mentions.
describe("timeline without a Document", () => {
  const text = "Putin called on Wednesday.\n\nThe U.S. said on Jan. 24, 2025, that talks start next week. Mr. Li left 3 days ago.";

  it("finds the sentence bounds toDocument finds", () => {
    const a = article(text);
    assert.deepEqual(sentenceBounds(a).map((s) => text.slice(s.start, s.end)),
      ["Putin called on Wednesday.", "The U.S. said on Jan. 24, 2025, that talks start next week.", "Mr. Li left 3 days ago."]);
    assert.deepEqual(sentenceBounds(a), toDocument(a).sentences.map((s) => ({ start: s.start, end: s.end })));
  });

  it("finds the same mentions, dated or not", () => {
    for (const published of ["2025-01-29", null]) {
      const a = article(text, published);
      const light = extractMentions(a);
      assert.deepEqual(light, extractMentions(a, { doc: toDocument(a) }));
      assert.ok(light.length >= 4, `${light.length} mentions`);
    }
    assert.deepEqual(estimatePublished(article(text, null)), { y: 2025, m: 1, d: 24 });
  });

  it("gives the same analysis of the bundled story from Articles as from Documents", () => {
    const { articles } = loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call"));
    const fromArticles = analyseTimeline(articles);
    assert.deepEqual(fromArticles, analyseTimeline(toDocuments(articles)));
    assert.ok(fromArticles.mentions.length > 50 && fromArticles.events.length > 5);
  });

  it("reads a sentence longer than MAX_SENTENCE_CHARS in pieces cut at white space, and leaves shorter ones alone", () => {
    const short = [{ start: 0, end: 10 }];
    assert.equal(limitSentences("x".repeat(10), short), short);
    const text = "Jan. 1, ".repeat(300).trim(); // 2,399 characters, no full stop a splitter would take
    const pieces = limitSentences(text, [{ start: 0, end: text.length }]);
    assert.deepEqual(pieces.map((p) => [p.start, p.end]), [[0, 999], [1000, 1999], [2000, 2399]]);
    for (const p of pieces) assert.ok(p.end - p.start <= MAX_SENTENCE_CHARS && !/^\s|\s$/.test(text.slice(p.start, p.end)));
    // no white space at all: cut at the limit
    assert.deepEqual(limitSentences("y".repeat(2500), [{ start: 0, end: 2500 }]).map((p) => [p.start, p.end]), [[0, 1000], [1000, 2000], [2000, 2500]]);
  });

  it("finds the dates of a long schedule, each with its piece of sentence", () => {
    const text = "Jan. 5, ".repeat(400).trim();
    const found = extractMentions(article(text, "2025-02-01"));
    assert.equal(found.length, 400);
    assert.ok(found.every((m) => m.value === "2025-01-05" && m.sentence.length <= MAX_SENTENCE_CHARS));
  });
});
