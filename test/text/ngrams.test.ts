import { strict as assert } from "node:assert";
import { tokenize } from "../../src/text/tokens";
import { splitSentences } from "../../src/text/sentences";
import { ngrams } from "../../src/text/ngrams";
import { ENGLISH_STOPWORDS } from "../../src/text/stopwords";

function tokensOf(text: string) {
  const tokens = tokenize(text);
  splitSentences(text, tokens);
  return tokens;
}

describe("text/ngrams", () => {
  const text = "Trump, Putin hold talks. The White House said so.";
  const tokens = tokensOf(text);

  it("never crosses a sentence end and skips punctuation by default", () => {
    assert.deepEqual(ngrams(tokens, 2).map((g) => g.norm),
      ["trump putin", "putin hold", "hold talks", "the white", "white house", "house said", "said so"]);
  });

  it("gives offsets that slice back to the passage, and token ranges", () => {
    const g = ngrams(tokens, 2)[0];
    assert.deepEqual(g, { start: 0, end: 12, norm: "trump putin", tokenStart: 0, tokenEnd: 3, sentence: 0 });
    assert.equal(text.slice(g.start, g.end), "Trump, Putin");
    const wh = ngrams(tokens, 2)[4];
    assert.equal(text.slice(wh.start, wh.end), "White House");
  });

  it("can break at punctuation or keep it as a member", () => {
    assert.deepEqual(ngrams(tokens, 2, { breakAtPunct: true }).map((g) => g.norm).slice(0, 2), ["putin hold", "hold talks"]);
    assert.deepEqual(ngrams(tokens, 2, { skipPunct: false }).map((g) => g.norm).slice(0, 3), ["trump ,", ", putin", "putin hold"]);
  });

  it("drops n-grams that start or end with a stopword, keeps inner ones", () => {
    const t = tokensOf("The secretary of state spoke to the press.");
    assert.deepEqual(ngrams(t, 3, { stopwords: ENGLISH_STOPWORDS }).map((g) => g.norm), ["secretary of state"]);
    assert.deepEqual(ngrams(t, 2, { stopwords: ["the", "of", "to"] }).map((g) => g.norm), ["state spoke"]);
  });

  it("gives unigrams and rejects a bad n", () => {
    assert.deepEqual(ngrams(tokensOf("U.S. talks."), 1).map((g) => g.norm), ["u.s.", "talks"]);
    assert.throws(() => ngrams(tokens, 0), RangeError);
  });
});
