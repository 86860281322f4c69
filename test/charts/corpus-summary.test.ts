import { strict as assert } from "node:assert";
import { articleAxis, colorKey, rowsHeight, shortLabel, summarizeDocument } from "../../src/charts/corpus-summary";
import type { Article } from "../../src/corpus/article";
import type { Document, Token } from "../../src/text/types";

function token(surface: string, kind: Token["kind"], start: number): Token {
  return { start, end: start + surface.length, surface, norm: surface.toLowerCase(), kind, sentence: 0 };
}

describe("summarizeDocument", () => {
  const raw = "Share this!\nPutin spoke 90 minutes — it's true.";
  const article: Article = {
    id: "a1", file: "a1.txt", title: "T", outlet: "unknown", published: "2025-02-12", publishedEstimated: true,
    language: "en", raw, text: raw, encoding: "utf-8", meta: {},
    removed: [{ start: 0, end: 11, reason: "share prompt" }, { start: 40, end: 44, reason: "share prompt" }, { start: 12, end: 17, reason: "byline" }],
  };
  const doc: Document = {
    article,
    tokens: [token("Putin", "word", 12), token("spoke", "word", 18), token("90", "number", 24), token("minutes", "word", 27), token("—", "punct", 35), token("it's", "word", 37), token(".", "punct", 45)],
    sentences: [{ start: 12, end: 46, tokenStart: 0, tokenEnd: 7, paragraph: 0 }],
  };

  it("counts words and numbers, sentences, and removed characters per reason", () => {
    const s = summarizeDocument(doc);
    assert.equal(s.words, 5);
    assert.equal(s.sentences, 1);
    assert.equal(s.characters, raw.length);
    assert.deepEqual(s.removed, [{ reason: "share prompt", characters: 15 }, { reason: "byline", characters: 5 }]);
    assert.equal(colorKey(s), "a1");
    assert.equal(colorKey({ id: "x", outlet: "NYT" }), "NYT");
  });
});

describe("article axis helpers", () => {
  it("shortens long ids for tick labels only", () => {
    assert.equal(shortLabel("2b95d2cf-e979-4f9c-ae27-9a5370934f23_1"), "2b95d2cf…934f23_1");
    assert.equal(shortLabel("wapo-call"), "wapo-call");
    assert.deepEqual(articleAxis(["a", "b"]), { type: "category", categoryorder: "array", categoryarray: ["a", "b"] });
    const long = articleAxis(["a", "2b95d2cf-e979-4f9c-ae27-9a5370934f23_1"]);
    assert.deepEqual(long.ticktext, ["a", "2b95d2cf…934f23_1"]);
  });

  it("grows the height with the rows once they would crowd", () => {
    assert.equal(rowsHeight(14), undefined);
    assert.equal(rowsHeight(90), 2140);
  });
});
