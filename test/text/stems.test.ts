import { strict as assert } from "node:assert";
import { createStemmer, displayForm, stem, termForms } from "../../src/text/stems";
import { tokenize } from "../../src/text/tokens";

describe("text/stems", () => {
  it("gives natural's Porter stems for word norms and leaves others alone", () => {
    assert.deepEqual(["talks", "talked", "negotiations", "running"].map(stem), ["talk", "talk", "negoti", "run"]);
    assert.deepEqual(["'s", "1990s", "$60", "u.s.", "of"].map(stem), ["'s", "1990s", "$60", "u.s.", "of"]);
  });

  it("computes each type once and returns the same result from the cache", () => {
    const seen: string[] = [];
    const s = createStemmer((w) => {
      seen.push(w);
      return w.replace(/s$/, "");
    });
    const out = ["talks", "talks", "leaders", "talks", "leaders"].map((w) => s.stem(w));
    assert.deepEqual(out, ["talk", "talk", "leader", "talk", "leader"]);
    assert.deepEqual(seen, ["talks", "leaders"]);
    assert.equal(s.computations, 2);
    assert.equal(s.size, 2);
    const porter = createStemmer();
    assert.equal(porter.stem("negotiations"), porter.stem("negotiations"));
    assert.equal(porter.computations, 1);
  });

  it("groups surfaces under their folded term, most frequent first", () => {
    const tokens = tokenize("Trump said trump’s TRUMP Trump talks talked");
    const forms = termForms(tokens);
    assert.deepEqual(forms.get("trump"), {
      term: "trump", count: 4,
      forms: [{ surface: "Trump", count: 2 }, { surface: "trump", count: 1 }, { surface: "TRUMP", count: 1 }],
    });
    assert.equal(displayForm(forms.get("trump"), "trump"), "Trump");
    assert.equal(displayForm(undefined, "kremlin"), "kremlin");
    const byStem = termForms(tokens, (t) => (t.kind === "word" ? stem(t.norm) : null));
    assert.deepEqual(byStem.get("talk")?.forms.map((f) => f.surface), ["talks", "talked"]);
  });
});
