import { strict as assert } from "node:assert";
import { findQuoteSpans, paragraphs } from "../../src/quotes/spans";

function texts(text: string): string[] {
  return findQuoteSpans(text).map((s) => s.parts.map((p) => text.slice(p.start, p.end)).join(" | "));
}

describe("quotes/spans", () => {
  it("finds curly and straight double quotes, marks excluded", () => {
    const text = `He said “curly one” and "straight one" today.`;
    const spans = findQuoteSpans(text);
    assert.deepEqual(texts(text), ["curly one", "straight one"]);
    assert.deepEqual([spans[0].markStart, spans[0].markEnd, spans[0].parts[0].start, spans[0].parts[0].end], [8, 19, 9, 18]);
    assert.equal(spans[1].closed, true);
  });

  it("joins a quotation running over paragraphs (left open, opened again)", () => {
    const text = "Mary Jones said: “We will rebuild the bridge this year.\n\n“Nobody will wait longer than they have to.”\n\nThen she left.";
    const spans = findQuoteSpans(text);
    assert.equal(spans.length, 1);
    assert.deepEqual(texts(text), ["We will rebuild the bridge this year. | Nobody will wait longer than they have to."]);
    assert.deepEqual([spans[0].paragraph, spans[0].lastParagraph, spans[0].closed], [0, 1, true]);
  });

  it("ends an unclosed quotation with its paragraph when the next one does not reopen", () => {
    const text = "“But he has one condition,” said Yermak, “This will not happen.\nThe talks went on.";
    const spans = findQuoteSpans(text);
    assert.deepEqual(texts(text), ["But he has one condition,", "This will not happen."]);
    assert.deepEqual(spans.map((s) => s.closed), [true, false]);
    assert.equal(spans[1].markEnd, text.indexOf("\n"));
  });

  it("reads a closing mark typed as an opener after a space", () => {
    const text = "He wrote that Putin ” is attempting to push the concept.” Then nothing.";
    assert.deepEqual(texts(text), ["is attempting to push the concept."]);
  });

  it("keeps nested single quotes inside the double quote", () => {
    const text = "“He used my motto of, ‘COMMON SENSE.’ We believe in it,” Trump added.";
    assert.deepEqual(texts(text), ["He used my motto of, ‘COMMON SENSE.’ We believe in it,"]);
  });

  it("reads “ typed where ” belongs, and finds nothing in a blanked line", () => {
    assert.deepEqual(texts("the “core values and principles “ of our nation"), ["core values and principles"]);
    const blanked = "Real text.\n" + " ".repeat(40) + "\nMore text.";
    assert.deepEqual(findQuoteSpans(blanked), []);
    assert.deepEqual(paragraphs(blanked).map((p) => p.index), [0, 1]);
  });

  it("ignores apostrophes and single quotes outside double quotes", () => {
    assert.deepEqual(texts("Trump’s team said it was ‘fine’ and didn’t care."), []);
  });
});
