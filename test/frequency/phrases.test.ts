import { strict as assert } from "node:assert";
import { findPhrases } from "../../src/frequency/phrases";
import { countTerms } from "../../src/frequency/counts";
import { resolveCountOptions } from "../../src/frequency/analyse";
import { stopwordSet } from "../../src/text/stopwords";
import { doc } from "./helpers";

const TEXT =
  "President Donald Trump spoke at the White House. President Vladimir Putin listened. " +
  "President Joe Biden left the White House. Vladimir Putin called Donald Trump. The White House said nothing. " +
  "IT IS GOING TO GET WORSE. IT IS GOING TO GET WORSE.";

describe("frequency/phrases", () => {
  it("finds names from capitalised runs, cuts after a title word, drops one-offs and shouting", () => {
    const phrases = findPhrases([doc("p", TEXT)], { stopwords: stopwordSet() });
    // "President" precedes Donald, Vladimir and Joe (3 distinct): a boundary, so not part of a name;
    // "Joe Biden" occurs once; "GOING TO GET WORSE" is all capitals
    assert.deepEqual(phrases.map((p) => [p.display, p.count]), [["White House", 3], ["Donald Trump", 2], ["Vladimir Putin", 2]]);
  });

  it("counts a name as one term in place of its words", () => {
    const d = doc("p", TEXT);
    const table = countTerms([d], resolveCountOptions([d], {}));
    const name = table.terms.find((t) => t.key === "white house")!;
    assert.deepEqual([name.display, name.kind, table.total[table.terms.indexOf(name)]], ["White House", "name", 3]);
    assert.equal(table.terms.find((t) => t.key === "house"), undefined);
    const putin = table.terms.find((t) => t.key === "vladimir putin")!;
    assert.equal(table.total[table.terms.indexOf(putin)], 2);
  });

  it("takes a given list of names instead", () => {
    const d = doc("p", TEXT);
    const table = countTerms([d], resolveCountOptions([d], { phrases: ["Joe Biden"] }));
    assert.ok(table.terms.some((t) => t.key === "joe biden" && t.display === "Joe Biden"));
    assert.ok(table.terms.some((t) => t.key === "house"));
  });
});
