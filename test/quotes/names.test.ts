import { strict as assert } from "node:assert";
import { mergeNames, speakerId } from "../../src/quotes/names";
import { quoteCorpus } from "../../src/quotes/corpus";
import { article } from "./helpers";

describe("quotes/names", () => {
  it("merges spelling variants of one surname with the same first name, keeps the most used spelling", () => {
    const counts = new Map([
      ["Volodymyr Zelensky", 6],
      ["Volodymyr Zelenskyy", 2],
      ["Volodymyr Zelenskiy", 1],
      ["Zelenskyy", 1],
      ["Mike Waltz", 1],
      ["Michael Waltz", 2],
      ["Joe Biden", 3],
      ["Jill Biden", 1],
      ["Kremlin", 1],
    ]);
    const m = mergeNames(counts);
    assert.deepEqual(
      [...counts.keys()].map((k) => m.get(k)),
      ["Volodymyr Zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky", "Michael Waltz", "Michael Waltz", "Joe Biden", "Jill Biden", "Kremlin"],
    );
  });

  it("merges speakers across articles in quoteCorpus", () => {
    const a = article("Ukrainian President Volodymyr Zelenskyy spoke.\n“We want peace now,” Zelenskyy said.", "a");
    const b = article("Ukrainian President Volodymyr Zelensky spoke.\n“We are ready for talks,” Zelensky said.\n“We will see,” Zelensky added.", "b");
    const r = quoteCorpus([a, b]);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ["Volodymyr Zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky"]);
    assert.deepEqual(r.speakers.map((s) => [s.id, s.articles, s.quotes, s.words, s.aliases]), [
      ["volodymyr-zelensky", ["a", "b"], 3, 12, ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky"]],
    ]);
  });

  it("speaker ids are ASCII slugs", () => {
    assert.equal(speakerId("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
  });
});
