import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { forEachStemWord, wordBits } from "../../src/timeline/parse";

/** the words forEachStemWord visits in text */
function visited(text: string, from = 0, to = text.length): string[] {
  const out: string[] = [];
  forEachStemWord(text, from, to, (s, e) => out.push(text.slice(s, e)));
  return out;
}

/** runs of ASCII letters and of digits: the words parserMask classifies */
const runs = (text: string) => text.match(/[A-Za-z]+|[0-9]+/g) ?? [];

// Words some parser's word test passes with its stem not at the start, or near misses.
const TRICKY =
  "yesterday today tonight overnight midnight biweekly biannually nowadays midcentury midwinter thissummer lastfall " +
  "hrs Hr HR mins secs Sept SEPT Tues Thurs weekend Weekends Christmas Halloween Valentine Veterans Inauguration " +
  "Thanksgiving Labor Memorial Election Independence Fourth twenties Thirties FORTIES nineties seventeen thousand " +
  "term terms midterm daily hourly semi every each per decade decades centuries millennia millennium quarter half " +
  "period currently presently formerly lately recently future soon once past these ago earlier later hence back prior " +
  "previously morning afternoon evening eve Easter Juneteenth noon midday Mondays Saturdays nights afternoons autumn spring summer fall winter Jan january MAY 2025 1990s";

describe("timeline word scan", () => {
  it("visits digit runs and the words holding a stem, not words that merely contain a short one", () => {
    assert.deepEqual(visited("The authorities and parties met on Monday, 12 Jan., in the 1990s; super promise, yesterday."),
      ["Monday", "12", "Jan", "1990", "yesterday"]);
    assert.deepEqual(visited("In the twenties, midwinter, biannually (3 hrs)."), ["twenties", "midwinter", "biannually", "3", "hrs"]);
  });

  it("reads only text[from, to), as if the stretch were cut out", () => {
    const text = "Monday came. Tuesday went.";
    assert.deepEqual(visited(text, 13, text.length), ["Tuesday"]);
    assert.deepEqual(visited(text, 0, 3), ["Mon"]); // "Mon" cut from "Monday" is a word of its own
    assert.deepEqual(visited("holiday", 0, 6), []); // "holida": no "day" left in it
    assert.deepEqual(visited("xMonday", 1, 7), ["Monday"]);
  });

  it("visits every word some parser's word test passes (tricky words and the bundled story)", () => {
    const { articles } = loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call"));
    const words = new Set([...runs(TRICKY), ...articles.flatMap((a) => runs(a.text))]);
    let passing = 0;
    for (const w of words) {
      if (wordBits(w) === 0) continue;
      passing++;
      assert.deepEqual(visited(w), [w], `'${w}' passes a word test but the scan skips it`);
    }
    assert.ok(passing > 100, `${passing} words`);
  });

  it("a key word makes a sentence worth parsing; a companion alone does not", () => {
    const CANDIDATE = 1 << 31;
    for (const w of ["Monday", "yesterday", "decades", "Christmas", "midwinter", "1990", "tonight"]) assert.ok(wordBits(w) & CANDIDATE, w);
    for (const w of ["each", "per", "back", "these", "period", "overnight", "friends", "decide"]) assert.equal(wordBits(w) & CANDIDATE, 0, w);
    assert.notEqual(wordBits("each") & ~CANDIDATE, 0, "'each' still keys the set parser");
  });
});
