import { strict as assert } from "node:assert";
import { chartRows, colorKey, OTHER_ROW, outletColors, perArticle, summarizeDocument } from "../../src/charts/corpus-summary";
import { chooseUnit } from "../../src/grouping/unit";
import { groupArticles } from "../../src/grouping/groups";
import type { Article } from "../../src/corpus/article";
import type { Document, Token } from "../../src/text/types";
import { SUMMARIES } from "./fixtures";
import { syntheticSummaries } from "./synthetic";

function token(surface: string, kind: Token["kind"], start: number): Token {
  return { start, end: start + surface.length, surface, norm: surface.toLowerCase(), kind, sentence: 0 };
}

describe("summarizeDocument", () => {
  const raw = "Share this!\nPutin spoke 90 minutes — it's true.";
  const article: Article = {
    id: "a1", file: "a1.txt", title: "T", outlet: "unknown", topic: "call", published: "2025-02-12", publishedEstimated: true,
    language: "en", raw, text: raw, encoding: "utf-8", meta: {},
    removed: [{ start: 0, end: 11, reason: "share prompt" }, { start: 40, end: 44, reason: "share prompt" }, { start: 12, end: 17, reason: "byline" }],
  };
  const doc: Document = {
    article,
    tokens: [token("Putin", "word", 12), token("spoke", "word", 18), token("90", "number", 24), token("minutes", "word", 27), token("—", "punct", 35), token("it's", "word", 37), token(".", "punct", 45)],
    sentences: [{ start: 12, end: 46, tokenStart: 0, tokenEnd: 7, paragraph: 0 }],
  };

  it("counts words and numbers, sentences, and removed characters per reason; keeps the story", () => {
    const s = summarizeDocument(doc);
    assert.equal(s.words, 5);
    assert.equal(s.sentences, 1);
    assert.equal(s.characters, raw.length);
    assert.equal(s.topic, "call");
    assert.deepEqual(s.removed, [{ reason: "share prompt", characters: 15 }, { reason: "byline", characters: 5 }]);
    assert.equal(colorKey(s), "a1");
    assert.equal(colorKey({ id: "x", outlet: "NYT" }), "NYT");
  });
});

describe("corpus chart rows", () => {
  it("per article only when the unit is the article and the rows fit", () => {
    const few = groupArticles(SUMMARIES, chooseUnit(SUMMARIES));
    assert.equal(perArticle(few, SUMMARIES.length), true);
    const many = syntheticSummaries(90);
    assert.equal(perArticle(groupArticles(many, chooseUnit(many)), 90), false);
    assert.equal(perArticle(groupArticles(many, chooseUnit(many, "article")), 90), false);
  });

  it("the largest groups a row each, the rest pooled in one last row; article unit past the cap: one row", () => {
    const articles = syntheticSummaries(1000);
    const rows = chartRows(articles, groupArticles(articles, chooseUnit(articles)), 5);
    assert.deepEqual(rows.map((r) => r.label), ["Outlet 1", "Outlet 2", "Outlet 3", "outlet not known", "121 other outlets"]);
    assert.equal(rows[4].key, OTHER_ROW);
    assert.equal(rows.reduce((n, r) => n + r.articles.length, 0), 1000);
    const one = chartRows(articles, groupArticles(articles, chooseUnit(articles, "article")));
    assert.deepEqual(one.map((r) => [r.label, r.articles.length]), [["all 1,000 articles", 1000]]);
  });

  it("outlet colours follow the number of articles, the same as rankedColors of the ranked list", () => {
    const colors = outletColors(SUMMARIES);
    assert.deepEqual([...colors.named], ["Washington Post", "ABC News", "outlet not known"]);
  });
});
