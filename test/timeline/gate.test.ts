import { strict as assert } from "node:assert";
import { sentenceWordTests, stemOf, stemsOf, wordTest, type Gate } from "../../src/timeline/gate";
import { PARSERS } from "../../src/timeline/configuration";

const parser = { pattern: () => /x/, extract: () => null };

describe("timeline gates: words declared once, tests derived", () => {
  it("takes a key word's stem from the letters it starts with", () => {
    assert.equal(stemOf("centur(?:y|ies)"), "centur");
    assert.equal(stemOf("sept?"), "sep");
    assert.equal(stemOf("days?(?:long)?"), "day");
    assert.equal(stemOf("Christmas"), "christmas");
  });

  it("builds the word test from where each word may sit", () => {
    const test = wordTest({ whole: ["week"], start: ["quarter"], anywhere: ["winter"], digits: "\\d*0" })!;
    for (const w of ["week", "WEEK", "quarterly", "midwinter", "1990"]) assert.ok(test.test(w), w);
    for (const w of ["weeks", "headquarters", "1999"]) assert.ok(!test.test(w), w);
    assert.ok(!wordTest({ whole: ["Monday"], cased: true })!.test("monday"), "cased");
    assert.equal(wordTest({}), null);
  });

  it("lets companions key their parser without making a sentence worth parsing", () => {
    const gate: Gate = { parser, trigger: /each/, words: { whole: ["each", "day"], companions: ["each"] } };
    const [test] = sentenceWordTests([gate]);
    assert.ok(test.test("day") && !test.test("each"));
    assert.deepEqual(stemsOf([gate]), { atStart: ["day", "each"], anywhere: [] });
  });

  it("every parser of the configuration declares words whose stems the scan can find", () => {
    const { atStart, anywhere } = stemsOf(PARSERS);
    assert.ok(atStart.includes("monday") && atStart.includes("christmas") && anywhere.includes("winter"));
    for (const stem of [...atStart, ...anywhere]) assert.match(stem, /^[a-z]{2,}$/, stem);
    assert.ok(PARSERS.length <= 31, "the mask has 31 parser bits");
  });
});
