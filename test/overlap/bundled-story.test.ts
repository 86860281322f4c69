import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadCorpus } from "../../src/corpus/load";
import { toDocuments } from "../../src/text/document";
import { analyseOverlap, type OverlapResult } from "../../src/overlap/index";

const DATA = path.resolve(__dirname, "../../data/trump-putin-call");

describe("overlap on the bundled story", () => {
  let r: OverlapResult;
  let all: OverlapResult;
  before(() => {
    const docs = toDocuments(loadCorpus(DATA).articles);
    r = analyseOverlap(docs);
    all = analyseOverlap(docs, { strategy: "all pairs" });
  });
  const pair = (a: string, b: string) => r.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))!;

  it("sees the word-swapped rewrite: shared ≥ 0.8 both ways, relation rewrite, little verbatim", () => {
    const p = pair("abc-reworded", "abc-word-swapped");
    assert.equal(p.relation, "rewrite");
    assert.ok(p.shared_a >= 0.8 && p.shared_b >= 0.8, `${p.shared_a} ${p.shared_b}`);
    assert.ok(p.verbatim_a < 0.2 && p.verbatim_b < 0.2);
    assert.equal(p.evidence.moved, 0);
  });

  it("keeps every other pair at shared ≤ 0.3 and never calls it copy or rewrite", () => {
    const others = r.pairs.filter((p) => !(p.a.startsWith("abc-") && p.b.startsWith("abc-")));
    assert.equal(others.length, 9);
    for (const p of others) {
      assert.ok(p.shared_a <= 0.3 && p.shared_b <= 0.3, `${p.a} ${p.b}`);
      assert.ok(p.relation !== "copy" && p.relation !== "rewrite");
    }
    assert.equal(pair("first-call-web", "wapo-call").relation, "shared quotes");
  });

  it("lists the rewriter's swaps and mangled names, oriented to the derived article", () => {
    const subs = r.substitutions;
    const find = (from: string, to: string) => subs.find((s) => s.from === from && s.to === to);
    assert.ok(subs.every((s) => s.from_article === "abc-reworded" && s.to_article === "abc-word-swapped"));
    assert.equal(find("said", "mentioned")?.count, 7);
    assert.equal(find("war", "warfare")?.count, 7);
    assert.equal(find("term", "time period")?.count, 2);
    assert.equal(find("White House", "White Home")?.kind, "name");
    assert.equal(find("Truth Social", "Reality Social")?.kind, "name");
    assert.equal(find("ABC News", "ABC Information")?.kind, "name");
  });

  it("says which side is derived, with the debris and the mangled names as reasons", () => {
    assert.equal(r.directions.length, 1);
    const d = r.directions[0];
    assert.equal(d.derived, "abc-word-swapped");
    assert.ok(d.reasons.some((x) => x.includes('"{that a}"')));
    assert.ok(d.reasons.some((x) => x.includes('"White Home" for "White House"')));
  });

  it("matches the call quotes shared by first-call-web and wapo-call", () => {
    const qs = r.quotes.filter((q) => q.a === "first-call-web" && q.b === "wapo-call");
    assert.equal(qs.length, 3);
    assert.ok(qs.some((q) => q.text_a.includes("COMMON SENSE") && q.text_b.includes("COMMON SENSE")));
    assert.ok(qs.every((q) => q.status === "excerpt"));
  });

  it("flags drift in the rewritten pair with a word diff", () => {
    const q = r.quotes.find((x) => x.a === "abc-reworded" && x.text_a.startsWith("I think from what I’m hearing"))!;
    assert.equal(q.b, "abc-word-swapped");
    assert.equal(q.status, "drift");
    assert.deepEqual(q.changes.slice(0, 2), [{ a: "think", b: "feel" }, { a: "I’m hearing", b: "I hear" }]);
    assert.ok(q.diff.startsWith("I [-think-]{+feel+} from what [-I’m hearing-]{+I hear+} Putin"));
    const genius = r.quotes.find((x) => x.text_a === "brilliant")!;
    assert.equal(genius.text_b, "genius");
    assert.equal(genius.matched_by, "position");
  });

  it("gives behind the candidate filter the result of aligning every pair, aligning only the pairs that share text", () => {
    // the rewritten pair (sampled probe) and the two pairs that repeat a quotation
    assert.deepEqual(r.method, { pairs_considered: 10, pairs_aligned: 3, pairs_listed: 10, strategy: "candidate filter" });
    assert.deepEqual(all.method, { pairs_considered: 10, pairs_aligned: 10, pairs_listed: 10, strategy: "all pairs" });
    assert.deepEqual(r.pairs, all.pairs);
    assert.deepEqual(r.passages, all.passages);
    assert.deepEqual(r.quotes, all.quotes);
    assert.deepEqual(r.substitutions, all.substitutions);
    assert.deepEqual(r.directions, all.directions);
  });

  it("reports offsets that index the raw text", () => {
    const p = r.passages.find((x) => x.a === "abc-reworded")!;
    assert.ok(p.a_end > p.a_start && p.b_end > p.b_start);
    const docs = loadCorpus(DATA).articles;
    const a = docs.find((d) => d.id === p.a)!;
    // a passage starts and ends on kept text (it may span blanked captions in between)
    assert.equal(a.raw.slice(p.a_start, p.a_start + 30), a.text.slice(p.a_start, p.a_start + 30));
    assert.equal(a.raw.slice(p.a_end - 10, p.a_end), a.text.slice(p.a_end - 10, p.a_end));
    assert.ok(a.raw.slice(p.a_start).startsWith("As President Donald Trump appears to be fulfilling"));
  });
});
