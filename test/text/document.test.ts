import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Article } from "../../src/corpus/article";
import { toDocument, toDocuments } from "../../src/text/document";
import { tokenize } from "../../src/text/tokens";
import { countWords } from "../../src/text/words";

const SEEDS = path.resolve(__dirname, "../../..", "shared/seeds");

function article(id: string, raw: string, text = raw): Article {
  return {
    id, file: `${id}.txt`, title: null, outlet: "unknown", published: null, publishedEstimated: false, language: "en",
    raw, text, removed: [], encoding: "utf-8", meta: {},
  };
}

describe("text/document", () => {
  it("tokenises article.text with offsets valid in raw, and fills sentences", () => {
    const raw = "Share it:\nPutin’s call. It lasted 90 minutes.";
    const text = "         \nPutin’s call. It lasted 90 minutes.";
    const doc = toDocument(article("a", raw, text));
    assert.deepEqual(doc.tokens.map((t) => t.surface), ["Putin", "’s", "call", ".", "It", "lasted", "90", "minutes", "."]);
    for (const t of doc.tokens) assert.equal(raw.slice(t.start, t.end), t.surface);
    assert.deepEqual(doc.sentences.map((s) => raw.slice(s.start, s.end)), ["Putin’s call.", "It lasted 90 minutes."]);
    assert.deepEqual(doc.tokens.map((t) => t.sentence), [0, 0, 0, 0, 1, 1, 1, 1, 1]);
    assert.equal(toDocuments([article("a", raw, text), article("b", "")]).length, 2);
    assert.deepEqual(toDocument(article("b", "")).sentences, []);
  });

  it("reads paragraphs from raw, so blanked lines do not look like blank lines", () => {
    const raw = "One.\nTwo.\nPhoto: AP\nThree.\nFour.";
    const text = "One.\nTwo.\n         \nThree.\nFour.";
    assert.deepEqual(toDocument(article("a", raw, text)).sentences.map((s) => s.paragraph), [0, 1, 2, 3]);
  });

  it("splits the bundled web article: the headline is its own sentence", function () {
    const file = path.join(SEEDS, "002_d24d7d5661c9c898.txt");
    if (!existsSync(file)) {
      console.log(`    (skipped: ${file} not found)`);
      this.skip();
    }
    const raw = readFileSync(file, "utf8");
    const doc = toDocument(article("002", raw));
    const sentences = doc.sentences.map((s) => raw.slice(s.start, s.end));
    assert.ok(sentences.includes("Trump, Putin Hold First Call Since Inauguration, Pledge Immediate Ukraine Peace Talks"));
    assert.ok(sentences.includes("A New Approach To Diplomacy"));
    assert.ok(sentences.includes(
      "In a readout of the discussion posted on Truth Social, Trump detailed the topics covered in the conversation, " +
      "including Ukraine, the Middle East, energy, artificial intelligence, and the strength of the U.S. dollar."));
    assert.ok(sentences.includes("“President Putin even used my very strong campaign motto of, ‘COMMON SENSE.’"));
    const visited = "The last U.S. president to visit Russia was Barack Obama in 2013, while Putin last visited the U.S. in 2015 for a United Nations summit.";
    assert.ok(sentences.includes(visited));
    for (const t of doc.tokens) assert.equal(raw.slice(t.start, t.end), t.surface);
    assert.equal(doc.sentences[doc.sentences.length - 1].tokenEnd, doc.tokens.length);
  });

  it("gives one paragraph per line in the bundled 000, which has blank lines only around captions", function () {
    const file = path.join(SEEDS, "000_9fc321f774faf36d.txt");
    if (!existsSync(file)) {
      console.log(`    (skipped: ${file} not found)`);
      this.skip();
    }
    const raw = readFileSync(file, "utf8");
    const doc = toDocument(article("000", raw));
    const lines = raw.split("\n").filter((l) => l.trim() !== "").length;
    assert.equal(doc.sentences[doc.sentences.length - 1].paragraph + 1, lines);
  });
});

describe("counted words", () => {
  it("counts words and numbers, a currency compound, not punctuation or a split-off 's", () => {
    // Trump | ’s | plan | costs | $7-billion | , | about | 88% | .
    assert.equal(countWords(tokenize("Trump’s plan costs $7-billion, about 88%.")), 6);
  });
});
