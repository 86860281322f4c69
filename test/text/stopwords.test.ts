import { strict as assert } from "node:assert";
import { ENGLISH_STOPWORDS, REPORTING_VERBS, isStopword } from "../../src/text/stopwords";

describe("text/stopwords", () => {
  it("drops function words and the clitic, keeps news content words and 'said'", () => {
    for (const w of ["the", "of", "and", "'s", "don't", "would", "not"]) assert.equal(isStopword(w), true, w);
    for (const w of ["said", "new", "year", "world", "president", "may", "u.s.", "trump"]) assert.equal(isStopword(w), false, w);
  });

  it("matches norms, not surfaces", () => {
    assert.equal(isStopword("The"), false);
    assert.equal(isStopword("don’t"), false);
  });

  it("takes a custom list or set", () => {
    const topics = [...ENGLISH_STOPWORDS, ...REPORTING_VERBS];
    assert.equal(isStopword("said", topics), true);
    assert.equal(isStopword("the", ["trump"]), false);
    assert.equal(isStopword("trump", new Set(["trump"])), true);
    assert.equal(ENGLISH_STOPWORDS.length, new Set(ENGLISH_STOPWORDS).size);
  });
});
