import { strict as assert } from "node:assert";
import { found } from "../helpers";
import { PARSERS } from "../../../src/timeline/configuration";
import { parserMask } from "../../../src/timeline/parse";
import type { Gate } from "../../../src/timeline/gate";

/**
 * One parser's phrases, as chrono tests its parsers: sentences it reads (with the mentions the whole
 * configuration gives, "text=value", against a Saturday, 25 January 2025) and look-alikes it must
 * leave alone. The positives also check the parser's own words gate the sentence (so the mention is
 * this parser's to find, not a neighbour's).
 */
export function phrases(name: string, gate: Gate, positives: Array<[string, string[]]>, negatives: string[]): void {
  describe(`timeline parser: ${name}`, () => {
    it("finds its phrases, with their values", () => {
      for (const [text, want] of positives) assert.deepEqual(found(text), want, text);
    });
    it("is given every sentence it finds something in (its declared words)", () => {
      const bit = 1 << PARSERS.indexOf(gate);
      assert.ok(bit > 0, `${name} is in the configuration`);
      for (const [text] of positives) assert.ok(parserMask(text, 0, text.length) & bit, text);
    });
    it("leaves the look-alikes alone", () => {
      for (const text of negatives) assert.deepEqual(found(text), [], text);
    });
  });
}
