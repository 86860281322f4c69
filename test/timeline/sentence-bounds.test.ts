import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { toDocument, toDocuments } from "../../src/text/document";
import { analyseTimeline } from "../../src/timeline/analyse";
import { estimatePublished, extractMentions } from "../../src/timeline/extract";
import { sentenceBounds } from "../../src/timeline/sentences";
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
});
