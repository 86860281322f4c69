import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";
import type { Document } from "../../src/text/types";
import { alignDocuments } from "../../src/overlap/align";
import { analyseOverlap, type OverlapResult } from "../../src/overlap/index";
import { summary } from "../../src/overlap/summary";
import { noNarration } from "../../src/report/sections/overlap";

/**
 * Three short reports of a bridge closure written for this test: a-ledger and b-courier share one
 * narration sentence word for word; c-gazette has the same sentence reworded (announced/said, shut/closed,
 * discovered/found); all three quote the mayor with the same words. Nothing else is shared.
 */
const DIR = path.resolve(__dirname, "../fixtures/overlap/small-story");

describe("overlap on a small story with one shared sentence", () => {
  let docs: Document[];
  let r: OverlapResult;
  before(() => {
    docs = toDocuments(loadCorpus(DIR).articles);
    r = analyseOverlap(docs);
  });
  const pair = (a: string, b: string) => r.pairs.find((p) => p.a === a && p.b === b)!;

  it("calls every pair a shared passage, with one narration sentence as its evidence", () => {
    assert.deepEqual(r.pairs.map((p) => [p.a, p.b, p.shared_a, p.shared_b, p.verbatim_a, p.verbatim_b, p.relation, p.evidence.narration_sentences]), [
      ["a-ledger", "b-courier", 0.227, 0.242, 0.227, 0.242, "shared passage", 1],
      ["a-ledger", "c-gazette", 0.227, 0.252, 0.08, 0.088, "shared passage", 1],
      ["b-courier", "c-gazette", 0.242, 0.252, 0.085, 0.088, "shared passage", 1],
    ]);
    assert.equal(pair("a-ledger", "b-courier").evidence.note,
      '1 sentence of narration shared (1 word for word, 0 reworded), e.g. "The town council announced on Monday that it had shut the Elm Street bridge after inspect…"; ' +
      "only 17% of b-courier's narration (its words outside quotation marks) is aligned with a-ledger: a shared passage, not a copy of the article");
    assert.match(pair("a-ledger", "c-gazette").evidence.note, /^1 sentence of narration shared \(0 word for word, 1 reworded\)/);
  });

  it("marks the copied sentence verbatim and the paraphrase reworded (token edit similarity 0.875 < 0.9)", () => {
    assert.deepEqual(r.passages.map((p) => [p.a, p.b, p.kind, p.similarity, p.a_sentences[0], p.b_sentences[0]]), [
      ["a-ledger", "b-courier", "verbatim", 0.989, 1, 1],
      ["a-ledger", "b-courier", "verbatim", 0.989, 4, 4],
      ["a-ledger", "c-gazette", "reworded", 0.973, 1, 1],
      ["a-ledger", "c-gazette", "verbatim", 0.989, 4, 3],
      ["b-courier", "c-gazette", "reworded", 0.973, 1, 1],
      ["b-courier", "c-gazette", "verbatim", 0.989, 4, 3],
    ]);
    const al = alignDocuments(docs[0], docs[2]);
    assert.deepEqual(al.pairs.map((p) => p.edit), [0.875, 1]);
  });

  it("does not align the two unrelated opening sentences (similarity 0.226, under the reworded minimum 0.35)", () => {
    const loose = alignDocuments(docs[0], docs[1], { reworded: 0 });
    assert.deepEqual(loose.pairs.map((p) => [p.i, p.j, p.how, Math.round(p.similarity * 1000) / 1000]), [[0, 0, "gap", 0.226], [1, 1, "anchor", 0.989], [4, 4, "anchor", 0.989]]);
    assert.deepEqual(alignDocuments(docs[0], docs[1]).pairs.map((p) => [p.i, p.j]), [[1, 1], [4, 4]]);
  });

  it("gives a direction verdict for every shared passage, and says why it cannot tell", () => {
    assert.deepEqual(r.directions.map((d) => [d.a, d.b, d.verdict, d.reasons]), [
      ["a-ledger", "b-courier", "cannot tell", ["a publication date is missing"]],
      ["a-ledger", "c-gazette", "cannot tell", ["a publication date is missing"]],
      ["b-courier", "c-gazette", "cannot tell", ["a publication date is missing"]],
    ]);
    assert.deepEqual(r.substitutions.filter((s) => s.from_article === "a-ledger" && s.to_article === "c-gazette").map((s) => `${s.from} → ${s.to}`).sort(),
      ["announced → said", "discovered → found", "shut → closed"]);
  });

  it("prints plural counts and the note of every related pair", () => {
    const text = summary(r);
    assert.ok(text.endsWith("3 quote matches, 6 aligned passages; candidate filter, 3 pairs aligned\n"), text);
    assert.equal(text.split("\n").filter((l) => l.includes("sentence of narration shared")).length, 3);
    assert.ok(!text.includes("swapped words"), "no empty swap table");
  });
});

describe("overlap report prose when no pair shares narration", () => {
  it("says what the pairs do share", () => {
    assert.equal(noNarration(["shared quotes", "same story", "unrelated"]), "No pair of articles shares a passage of narration; 1 of 3 pairs repeat the same quotations, which independent reports do.");
    assert.equal(noNarration(["same story", "unrelated"]), "No pair of articles shares a passage of narration or a quotation; 1 of 2 pairs report the same story in their own words.");
    assert.equal(noNarration(["unrelated"]), "No pair of articles shares any text: they look like independent reports.");
  });
});
