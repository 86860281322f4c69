import { strict as assert } from "node:assert";
import { ownCopy } from "../../src/text/own-copy";

describe("ownCopy", () => {
  it("gives back the same characters, short or long, lone surrogates and all", () => {
    for (const s of ["", "talks", "internationalisation", "a\ud800b-unpaired-surrogate-long", "😀 emoji and Ünïcödé long enough"]) assert.equal(ownCopy(s), s);
  });
});
