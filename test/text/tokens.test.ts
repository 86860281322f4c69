import { strict as assert } from "node:assert";
import { tokenize } from "../../src/text/tokens";
import type { Token } from "../../src/text/types";

/** surface|norm|kind for each token, after checking every offset slices back to its surface */
function toks(text: string): string[] {
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.surface, `offsets of ${t.surface}`);
  return tokens.map((t: Token) => `${t.surface}|${t.norm}|${t.kind}`);
}
function surfaces(text: string): string[] {
  return tokenize(text).map((t) => t.surface);
}

describe("text/tokens", () => {
  it("keeps dotted acronyms whole but splits a sentence-final period", () => {
    assert.deepEqual(toks("U.S. and D.C. and U.K. met in Washington."), [
      "U.S.|u.s.|word", "and|and|word", "D.C.|d.c.|word", "and|and|word", "U.K.|u.k.|word",
      "met|met|word", "in|in|word", "Washington|washington|word", ".|.|punct",
    ]);
    assert.deepEqual(surfaces("e.g. a.m. i.e."), ["e.g.", "a.m.", "i.e."]);
  });

  it("keeps the period of titles, months and initials inside the token", () => {
    assert.deepEqual(surfaces("Jan. Gen. Mr. Dr. St. Sen. Inc. etc. David L. Stern"),
      ["Jan.", "Gen.", "Mr.", "Dr.", "St.", "Sen.", "Inc.", "etc.", "David", "L.", "Stern"]);
    assert.deepEqual(toks("Mr."), ["Mr.|mr.|word"]);
    // "I." is the pronoun, "sat" is not "Sat."
    assert.deepEqual(surfaces("so did I. He sat. No."), ["so", "did", "I", ".", "He", "sat", ".", "No", "."]);
    // "No." only before a number
    assert.deepEqual(surfaces("No. 5"), ["No.", "5"]);
  });

  it("keeps money, percentages, fractions, grouped and decimal numbers whole", () => {
    assert.deepEqual(toks("$60 US$60 88% 3½ 1,000 3.5 €5 2025-02-12 10:30 9/11 1990s"), [
      "$60|$60|number", "US$60|us$60|number", "88%|88%|number", "3½|3½|number", "1,000|1,000|number",
      "3.5|3.5|number", "€5|€5|number", "2025-02-12|2025-02-12|number", "10:30|10:30|number",
      "9/11|9/11|number", "1990s|1990s|number",
    ]);
    // a comma not followed by a three-digit group, and a lone $ are separate
    assert.deepEqual(surfaces("1,2 and $ 5"), ["1", ",", "2", "and", "$", "5"]);
  });

  it("keeps hyphenated compounds whole", () => {
    assert.deepEqual(toks("working-level in-person non-proliferation U.S.-Russia 30-day COVID-19"), [
      "working-level|working-level|word", "in-person|in-person|word", "non-proliferation|non-proliferation|word",
      "U.S.-Russia|u.s.-russia|word", "30-day|30-day|word", "COVID-19|covid-19|word",
    ]);
    // Unicode hyphen folds to "-"; dashes stay distinct punctuation
    assert.deepEqual(toks("well\u2010known a – b — c -- d"), [
      "well\u2010known|well-known|word", "a|a|word", "–|–|punct", "b|b|word", "—|—|punct", "c|c|word",
      "--|--|punct", "d|d|word",
    ]);
  });

  it("keeps accented names whole and keeps the accents in norm", () => {
    assert.deepEqual(toks("Zelenskyy Zelenskiy Andriy Ilyushina Café São Paulo"), [
      "Zelenskyy|zelenskyy|word", "Zelenskiy|zelenskiy|word", "Andriy|andriy|word", "Ilyushina|ilyushina|word",
      "Café|café|word", "São|são|word", "Paulo|paulo|word",
    ]);
    // decomposed accent (e + combining acute) stays inside the word
    assert.deepEqual(surfaces("Cafe\u0301 noir"), ["Cafe\u0301", "noir"]);
  });

  it("keeps contractions whole with a straight apostrophe in norm", () => {
    assert.deepEqual(toks("don’t don't we’re O’Brien"), [
      "don’t|don't|word", "don't|don't|word", "we’re|we're|word", "O’Brien|o'brien|word",
    ]);
  });

  it("splits the clitic 's off so the name counts on its own", () => {
    assert.deepEqual(toks("Trump’s Russia's it's"), [
      "Trump|trump|word", "’s|'s|word", "Russia|russia|word", "'s|'s|word", "it|it|word", "'s|'s|word",
    ]);
    // a trailing apostrophe (plural possessive) is punctuation
    assert.deepEqual(toks("leaders’ talks"), ["leaders|leaders|word", "’|'|punct", "talks|talks|word"]);
  });

  it("folds curly quotes and ellipses in norm, keeps offsets on the original", () => {
    const text = "He said “Stop…” ‘now’";
    assert.deepEqual(toks(text), [
      "He|he|word", "said|said|word", "“|\"|punct", "Stop|stop|word", "…|...|punct", "”|\"|punct",
      "‘|'|punct", "now|now|word", "’|'|punct",
    ]);
    const stop = tokenize(text)[3];
    assert.deepEqual([stop.start, stop.end], [9, 13]);
  });

  it("folds full-width letters and ligatures, not vulgar fractions", () => {
    assert.deepEqual(toks("ＡＢＣ ﬁnal ½"), ["ＡＢＣ|abc|word", "ﬁnal|final|word", "½|½|number"]);
  });

  it("handles domains, symbols, emoji and astral letters", () => {
    assert.deepEqual(toks("nytimes.com + © 😀 𝐀x"), [
      "nytimes.com|nytimes.com|word", "+|+|symbol", "©|©|symbol", "😀|😀|symbol", "𝐀x|𝐀x|word",
    ]);
  });

  it("gives offsets into text with blanked spans and ignores all whitespace", () => {
    const text = "   \n  Putin\u00a0spoke.\n";
    const t = tokenize(text);
    assert.deepEqual(t.map((x) => [x.surface, x.start, x.end]), [["Putin", 6, 11], ["spoke", 12, 17], [".", 17, 18]]);
    assert.deepEqual(tokenize(""), []);
  });

  it("keeps a run of initials of any length one token (checked once along the run, not from its start at each period)", () => {
    assert.deepEqual(tokenize("see a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p. and a.a.a.a.a now").map((t) => t.surface),
      ["see", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.", "and", "a.a.a.a.a", "now"]);
    const run = tokenize("a.".repeat(5000));
    assert.deepEqual(run.map((t) => [t.start, t.end, t.kind]), [[0, 10000, "word"]]);
  });
});
