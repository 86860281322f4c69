import { strict as assert } from "node:assert";
import { diffWords, diffText } from "../../src/overlap/diff";
import { textView } from "../../src/overlap/normalise";
import { sentenceSimilarity, lcsRatio, charCosine, buildIdfTable, idfLookup } from "../../src/overlap/similarity";
import { alignDocuments } from "../../src/overlap/align";
import { candidatePairs, countInTexts, exhaustiveContainment, shingleHashes, shingleWords, wordHashes } from "../../src/overlap/fingerprint";
import { compareQuotes } from "../../src/overlap/quotes";
import { analyseOverlap, analyseOverlapArticles } from "../../src/overlap/index";
import { doc, makeDocument } from "./support";

describe("overlap parts on small texts", () => {
  it("diffs words and prints the changes", () => {
    const ops = diffWords("the mayor said the bridge will open".split(" "), "the mayor mentioned the bridge opens".split(" "));
    assert.deepEqual(ops.map((o) => o.op), ["equal", "replace", "equal", "replace"]);
    assert.equal(diffText(ops), "the mayor [-said-]{+mentioned+} the bridge [-will open-]{+opens+}");
    assert.equal(lcsRatio(["a", "b", "c", "d"], ["a", "c", "d"]), 0.75);
  });

  it("scores a word-swapped sentence above an unrelated one on the same topic", () => {
    const a = textView("The council said the new bridge over the river will open in March 2026.");
    const swapped = textView("The council mentioned the brand new bridge across the river will open in March 2026.");
    const other = textView("Residents of the river district asked the council for more buses.");
    assert.ok(sentenceSimilarity(a, swapped) > 0.7, String(sentenceSimilarity(a, swapped)));
    assert.ok(sentenceSimilarity(a, other) < 0.2, String(sentenceSimilarity(a, other)));
  });

  it("scores a changed number and a flipped negation below the same statement", () => {
    const a = textView("The company said profits rose 12 percent in the third quarter.");
    const same = sentenceSimilarity(a, textView("The company said its profits rose 12 percent in the third quarter."));
    const num = sentenceSimilarity(a, textView("The company said its profits rose 15 percent in the third quarter."));
    const neg = sentenceSimilarity(a, textView("The company said its profits did not rise in the third quarter."));
    assert.ok(num < same && neg < same - 0.2, `${same} ${num} ${neg}`);
    assert.equal(charCosine(a, a), 1);
  });

  it("builds an IDF table from sentences, leaving words below the floor out", () => {
    const t = buildIdfTable([textView("the cat sat"), textView("the dog sat"), textView("a cat ran")], 2);
    assert.deepEqual(t, { sentences: 3, minDf: 2, df: { cat: 2, sat: 2, the: 2 } });
    const w = idfLookup(t);
    assert.equal(w.idf("the"), Math.log(4 / 3));
    assert.equal(w.idf("zebra"), Math.log(4 / 2));
    assert.equal(w.mass(textView("the zebra")), Math.log(4 / 3) + Math.log(2));
  });

  const original = [
    "The city council approved the budget for the new harbour bridge on Monday.",
    "Mayor Anna Keller said the bridge would cut the ferry queue by half.",
    "Work begins in April and should end before the winter of 2027.",
    "Opponents said the money would be better spent on schools in the east district.",
  ].join("\n");
  const rewritten = [
    "Mayor Anna Keller mentioned the bridge would reduce the ferry queue by half.",
    "The town council authorised the funds for the new harbour bridge on Monday.",
    "Work starts in April and should finish before the winter of 2027.",
    "Critics mentioned the money would be better used on schools in the east district.",
  ].join("\n");

  it("aligns a rewrite sentence by sentence and finds the moved sentence", () => {
    const al = alignDocuments(doc("orig", original), doc("rew", rewritten));
    assert.deepEqual(al.pairs.map((p) => [p.i, p.j]), [[0, 1], [1, 0], [2, 2], [3, 3]]);
    assert.deepEqual(al.pairs.map((p) => p.how), ["moved", "anchor", "anchor", "anchor"]);
    // verbatim needs token edit similarity ≥ 0.9: two swapped words in 13 (0.846) or 12 (0.833) are a rewording
    assert.deepEqual(al.pairs.map((p) => Math.round(p.edit * 1000) / 1000), [0.769, 0.846, 0.833, 0.786]);
    assert.deepEqual(al.passages.map((p) => [p.kind, p.a_sentences, p.b_sentences]), [
      ["reworded", [0, 0], [1, 1]], ["reworded", [1, 1], [0, 0]], ["reworded", [2, 3], [2, 3]],
    ]);
  });

  it("calls a rewrite a rewrite, a copy a copy, and shared quotes shared quotes", () => {
    const quote = "“We will not raise the harbour fees this year, and we will open the bridge on time,” Keller said.";
    const docs = [
      doc("orig", original),
      doc("rew", rewritten),
      doc("copy", original + "\nShare this article."),
      doc("quoteA", `Harbour traders met the mayor on Tuesday.\n${quote}\nThe traders left satisfied.`),
      doc("quoteB", `Fishermen protested outside the town hall about quotas.\n${quote}\nPolice watched the crowd.`),
    ];
    const r = analyseOverlap(docs);
    const rel = (a: string, b: string) => r.pairs.find((p) => p.a === a && p.b === b)!.relation;
    assert.equal(rel("orig", "rew"), "rewrite");
    assert.equal(rel("orig", "copy"), "copy");
    assert.equal(rel("quoteA", "quoteB"), "shared quotes");
    assert.equal(r.pairs.find((p) => p.a === "orig" && p.b === "copy")!.shared_a, 1);
    assert.ok(r.substitutions.some((s) => s.from === "said" && s.to === "mentioned" && s.count === 2));
  });

  it("behind the candidate filter aligns only candidate pairs and still tells direction from the rest of the corpus", () => {
    const docs = [
      doc("orig", original),
      doc("mangled", original.replace(/Keller/g, "Kellar")),
      doc("other", "Anna Keller visited a school in the east district on Friday.\nKeller spoke to pupils about the harbour."),
    ];
    const r = analyseOverlap(docs, { listAllPairsUpTo: 2 });
    assert.deepEqual(r.method, { pairs_considered: 3, pairs_aligned: 1, pairs_listed: 1, strategy: "candidate filter" });
    assert.deepEqual(r.pairs.map((p) => [p.a, p.b, p.relation]), [["orig", "mangled", "copy"]]);
    assert.equal(r.directions[0].source, "orig");
    assert.ok(r.directions[0].reasons.some((x) => x.includes('"Anna Kellar" for "Anna Keller"')), r.directions[0].reasons.join("; "));
    assert.deepEqual(r.articles.map((a) => a.words), [52, 52, 18]);
    // given articles, only the two in the candidate pair are tokenised; the other has no word count
    const tokenised: string[] = [];
    const lazy = analyseOverlapArticles(docs.map((d) => d.article), { listAllPairsUpTo: 2 }, (a) => { tokenised.push(a.id); return makeDocument(a); });
    assert.deepEqual(tokenised, ["orig", "mangled"]);
    assert.deepEqual(lazy.articles.map((a) => a.words), [52, 52, null]);
    assert.deepEqual(lazy.pairs, r.pairs);
    assert.deepEqual(lazy.directions, r.directions);
  });

  it("compares quotes: same, excerpt, drift", () => {
    const q = (article: string, text: string) => ({ article, start: 0, end: text.length, text });
    assert.equal(compareQuotes(q("a", "We are ready."), q("b", "we are READY"), "text").status, "same");
    assert.equal(compareQuotes(q("a", "We are ready to talk"), q("b", "ready to talk"), "text").status, "excerpt");
    const d = compareQuotes(q("a", "I think we are ready"), q("b", "I feel we are ready"), "text");
    assert.equal(d.status, "drift");
    assert.deepEqual(d.changes, [{ a: "think", b: "feel" }]);
  });

  it("finds a short article contained in a long one, as the exhaustive pass does", () => {
    const base = "the harbour bridge budget was approved by the council on monday after a long debate about ferry queues and school funding in the east district";
    const texts = [
      base,
      `${base} and ${"many more words follow here about other matters entirely ".repeat(20)}`,
      "a completely different text about football results from the weekend with no words in common at all really",
    ];
    assert.deepEqual(candidatePairs(texts).map((c) => [c.a, c.b]), [[0, 1]]);
    const sets = texts.map((t) => shingleHashes(t));
    const ex = exhaustiveContainment(sets);
    assert.deepEqual(ex.map((e) => [e.a, e.b, e.containment]), [[0, 1, 1]]);
    assert.equal(sets[0].length, 21); // 25 words, 5-word shingles
  });

  it("hashes words while scanning exactly as the folded word list would", () => {
    const text = "Trump’s call: ÉTÉ 2025, rock'n'roll — don't-stop; l’été";
    assert.deepEqual(shingleWords(text), ["trump's", "call", "été", "2025", "rock'n'roll", "don't", "stop", "l'été"]);
    const fnv = (w: string) => { let h = 0x811c9dc5; for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193); return h >>> 0; };
    assert.deepEqual([...wordHashes(text)], shingleWords(text).map(fnv));
  });

  it("counts many strings in many texts in one pass, as an indexOf loop does", () => {
    const texts = ["Anna Keller met Anna Kellar.", "Kellerman and Keller; aaaa", "", "no names here"];
    const needles = ["Anna Keller", "Keller", "Kellar", "aa", "Anna Keller", "Zed", ""];
    const byIndexOf = (needle: string) => texts.reduce((n, t) => {
      for (let k = t.indexOf(needle); k >= 0; k = t.indexOf(needle, k + needle.length)) n++;
      return n;
    }, 0);
    const counts = countInTexts(texts, needles);
    assert.deepEqual([...counts], [["Anna Keller", 1], ["Keller", 3], ["Kellar", 1], ["aa", 2], ["Zed", 0]]);
    for (const [needle, n] of counts) assert.equal(n, byIndexOf(needle), needle);
  });

  it("does not make articles candidates of each other for one shared quote", () => {
    // 30 articles of 100 words of their own plus the same 12-word quote: 8 shared shingles of ~110
    const quote = "we will not accept any deal that is made without us at the table";
    const texts = Array.from({ length: 30 }, (_, d) => `${Array.from({ length: 50 }, (_, i) => `w${d}x${i}`).join(" ")} ${quote} ${Array.from({ length: 50 }, (_, i) => `v${d}y${i}`).join(" ")}`);
    assert.deepEqual(candidatePairs(texts), []);
    // the same 30 articles, one of them also copying most of another: that pair alone
    texts[7] = `${texts[3].slice(0, 500)} ${texts[7]}`;
    assert.deepEqual(candidatePairs(texts).map((c) => [c.a, c.b, c.containment >= 0.5]), [[3, 7, true]]);
  });
});

