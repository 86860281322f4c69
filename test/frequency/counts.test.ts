import { strict as assert } from "node:assert";
import { countTerms, createCounter, termRows, per10k } from "../../src/frequency/counts";
import { resolveCountOptions } from "../../src/frequency/analyse";
import { doc } from "./helpers";

// a: the war ended . war is over . peace came .     -> 8 word tokens; stopwords the, is, over
// b: peace talks began . peace is near .            -> 6 word tokens; stopword is
const A = doc("a", "The war ended. War is over. Peace came.");
const B = doc("b", "Peace talks began. Peace is near.");

describe("frequency/counts", () => {
  it("counts words without stopwords, per 10,000 word tokens (stopwords in the denominator)", () => {
    const docs = [A, B];
    const table = countTerms(docs, { ...resolveCountOptions(docs, { phrases: false }), ngram: 1 });
    assert.deepEqual(table.groups.map((g) => [g.key, g.words]), [["a", 8], ["b", 6]]);
    const rows = termRows(table, 10);
    // war: 2 of 8 words = 2 × 10000 / 8 = 2500 per 10k; peace in b: 2/6 × 10000 = 3333.33
    assert.deepEqual(rows.filter((r) => r.article === "a").map((r) => [r.key, r.count, r.per10k]), [
      ["war", 2, 2500], ["came", 1, 1250], ["ended", 1, 1250], ["peace", 1, 1250],
    ]);
    assert.deepEqual(rows.filter((r) => r.article === "b").map((r) => [r.key, r.count, r.per10k]), [
      ["peace", 2, 3333.33], ["began", 1, 1666.67], ["near", 1, 1666.67], ["talks", 1, 1666.67],
    ]);
    assert.equal(per10k(3, 600), 50);
  });

  it("keeps the most common written form for display", () => {
    const d = doc("c", "Trump spoke. Then Trump left. TRUMP! trump?");
    const table = countTerms([d], { ...resolveCountOptions([d], { phrases: false }), ngram: 1 });
    const t = table.terms.find((x) => x.key === "trump")!;
    assert.equal(t.display, "Trump");
    assert.equal(table.total[table.terms.indexOf(t)], 4);
  });

  it("builds n-grams inside sentences only, without stopwords at either end", () => {
    const docs = [A, B];
    const table = countTerms(docs, { ...resolveCountOptions(docs, { phrases: false }), ngram: 3 });
    const keys = table.terms.filter((t) => t.n > 1).map((t) => t.key).sort();
    // "ended war" would cross a sentence end; "peace is" ends and "is near" starts with a stopword
    assert.deepEqual(keys, ["peace came", "peace is near", "peace talks", "peace talks began", "talks began", "war ended"]);
  });

  it("groups by outlet with src/grouping's unitKey: articles of unknown outlets share one group", () => {
    const docs = [
      doc("p1", "Alpha beta.", { outlet: "Post" }),
      doc("u1", "Alpha delta.", { outlet: "unknown" }),
      doc("p2", "Alpha gamma.", { outlet: "Post" }),
      doc("u2", "Alpha epsilon.", { outlet: "unknown" }),
    ];
    const table = countTerms(docs, { ...resolveCountOptions(docs, { phrases: false, by: "outlet" }) });
    assert.deepEqual(table.groups.map((g) => [g.key, g.outlet, g.articles, g.words]), [["Post", "Post", ["p1", "p2"], 4], ["outlet not known", "unknown", ["u1", "u2"], 4]]);
    assert.deepEqual(termRows(table, 1).map((r) => [r.article, r.key, r.count]), [["Post", "alpha", 2], ["outlet not known", "alpha", 2]]);
  });

  it("groups by story; a day or story of several outlets has no outlet of its own", () => {
    const docs = [
      doc("a", "Bridge closed.", { outlet: "Post", topic: "bridge" }),
      doc("b", "Bridge reopened.", { outlet: "Times", topic: "bridge" }),
      doc("c", "Storm ahead.", { outlet: "Post" }),
    ];
    const table = countTerms(docs, resolveCountOptions(docs, { phrases: false, by: "topic" }));
    assert.deepEqual(table.groups.map((g) => [g.key, g.outlet, g.articles]), [["bridge", "unknown", ["a", "b"]], ["no story named", "Post", ["c"]]]);
  });

  it("counts stems with the most common surface form", () => {
    const d = doc("s", "Talks continued. The talks stalled. He talked about talks.");
    const table = countTerms([d], { ...resolveCountOptions([d], { phrases: false, unit: "stem" }) });
    const t = table.terms.find((x) => x.key === "talk")!;
    assert.equal(t.display, "talks");
    assert.equal(table.total[table.terms.indexOf(t)], 4);
  });
});

describe("frequency/counts fast path", () => {
  it("single-word counts equal the general walk's on the bundled story (words and stems)", () => {
    const path = require("node:path") as typeof import("node:path");
    const { loadCorpus } = require("../../src/corpus/load") as typeof import("../../src/corpus/load");
    const { toDocuments } = require("../../src/text/document") as typeof import("../../src/text/document");
    const docs = toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles);
    for (const unit of ["word", "stem"] as const) {
      const base = resolveCountOptions(docs, { phrases: false, unit });
      const fast = countTerms(docs, base);
      // a phrase set that never matches forces the general walk with the same units
      const slow = countTerms(docs, { ...base, phrases: { keys: [], matchAt: () => 0 } });
      assert.deepEqual(termRows(fast, Infinity), termRows(slow, Infinity));
      assert.ok(fast.terms.length > 900);
    }
  });

  it("addArticle (scanning the text, no tokens) counts exactly what add(toDocument) counts", () => {
    const path = require("node:path") as typeof import("node:path");
    const { loadCorpus } = require("../../src/corpus/load") as typeof import("../../src/corpus/load");
    const { toDocuments } = require("../../src/text/document") as typeof import("../../src/text/document");
    const tricky = doc("tricky", "Trump’s U.S.-Russia call: “Zelenskyy’s” allies paid $60 (US$60, 88%) on 2025-02-12. " +
      "O’Brien didn’t say it's Café São Paulo's ﬁnal deal; TRUMP's trump’s Trump's talks talked 60 60.");
    const docs = [...toDocuments(loadCorpus(path.resolve(__dirname, "../../data/trump-putin-call")).articles), tricky];
    for (const unit of ["word", "stem"] as const) for (const numbers of [false, true]) {
      const options = { ...resolveCountOptions(docs, { phrases: false, unit }), numbers };
      const viaDocs = countTerms(docs, options);
      const counter = createCounter(options);
      for (const d of docs) counter.addArticle(d.article);
      const viaText = counter.finish();
      assert.deepEqual(viaText, viaDocs);
      assert.deepEqual(termRows(viaText, Infinity), termRows(viaDocs, Infinity));
    }
    // the hand-checkable part: the tricky text alone, stems, numbers counted
    const counter = createCounter({ ...resolveCountOptions([tricky], { phrases: false, unit: "stem" }), numbers: true });
    counter.addArticle(tricky.article);
    const t = counter.finish();
    const byKey = Object.fromEntries(t.terms.map((x, i) => [x.key, [x.display, t.total[i]]]));
    assert.deepEqual(byKey.trump, ["Trump", 4]);
    assert.deepEqual(byKey.talk, ["talks", 2]);
    assert.deepEqual(byKey["60"], ["60", 2]);
    assert.deepEqual(byKey["o'brien"], ["O’Brien", 1]);
    assert.deepEqual(byKey["café"], ["Café", 1]);
    assert.equal(byKey["'s"], undefined); // the split-off clitic is a stopword
    // 27 words: 11 in the first sentence, 16 in the second; the seven split-off "'s" are not words
    assert.equal(t.words, 27);
  });
});

describe("frequency/counts by date", () => {
  it("puts articles of the same publication day together, the undated ones in one group after the days", () => {
    const docs = [
      doc("d3", "Nothing.", { published: null }),
      doc("d1", "Call today.", { published: "2025-02-12" }),
      doc("d4", "Still nothing.", { published: null }),
      doc("d2", "Call again.", { published: "2025-02-12T18:00:00Z" }),
      doc("d0", "Before.", { published: "2025-02-10" }),
    ];
    const table = countTerms(docs, resolveCountOptions(docs, { phrases: false, by: "date" }));
    assert.deepEqual(table.groups.map((g) => [g.key, g.articles, g.words]), [["2025-02-10", ["d0"], 1], ["2025-02-12", ["d1", "d2"], 4], ["no date", ["d3", "d4"], 3]]);
  });
});
