import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import { runCli } from "../support/cli";

describe("newscompare overlap", function () {
  this.timeout(120_000);
  let doc: {
    pairs: Array<{ a: string; b: string; shared_a: number; shared_b: number; verbatim_a: number; verbatim_b: number; relation: string }>;
    passages: Array<{ a: string; b: string; a_start: number; a_end: number; b_start: number; b_end: number; kind: string; similarity: number }>;
    quotes: Array<{ a: string; b: string; status: string }>;
    substitutions: Array<{ from: string; to: string; count: number }>;
  };

  before(async () => {
    const r = await runCli("overlap", "--json");
    assert.equal(r.code, 0, r.stderr);
    doc = JSON.parse(r.stdout);
  });

  it("--json: one pair per two articles, shares between 0 and 1", () => {
    assert.equal(doc.pairs.length, 10);
    for (const p of doc.pairs) for (const v of [p.shared_a, p.shared_b, p.verbatim_a, p.verbatim_b]) assert.ok(v >= 0 && v <= 1);
  });

  it("finds the disguised rewrite and nothing else", () => {
    const rewrite = doc.pairs.find((p) => p.a === "abc-reworded" && p.b === "abc-word-swapped")!;
    assert.equal(rewrite.relation, "rewrite");
    assert.ok(rewrite.shared_a >= 0.8 && rewrite.shared_b >= 0.8, JSON.stringify(rewrite));
    for (const p of doc.pairs.filter((x) => x !== rewrite)) {
      assert.ok(p.shared_a <= 0.3 && p.shared_b <= 0.3, JSON.stringify(p));
      assert.ok(!["copy", "rewrite"].includes(p.relation));
    }
  });

  it("passages point into both files as read", () => {
    const files = (id: string) => fs.readFileSync(`data/trump-putin-call/${id}.md`, "utf8");
    const first = doc.passages.find((p) => p.a === "abc-reworded" && p.b === "abc-word-swapped")!;
    assert.ok(["verbatim", "reworded"].includes(first.kind));
    assert.match(files("abc-reworded").slice(first.a_start, first.a_end), /peacemaker/);
    assert.match(files("abc-word-swapped").slice(first.b_start, first.b_end), /peacemaker/);
  });

  it("lists the rewriter's swaps and flags drifted quotes", () => {
    const swap = (from: string, to: string) => doc.substitutions.find((s) => s.from === from && s.to === to)?.count ?? 0;
    assert.ok(swap("said", "mentioned") >= 5);
    assert.ok(swap("war", "warfare") >= 5);
    assert.ok(doc.quotes.some((q) => q.a === "abc-reworded" && q.b === "abc-word-swapped" && q.status === "drift"));
  });

  it("--json adds the unit, the syndication clusters and, per outlet, the unit × unit shares; ids stay ids", async () => {
    const r = await runCli("overlap", "--json", "--by", "outlet");
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.unit, "outlet");
    assert.deepEqual(out.clusters.map((c: { articles: string[]; links: unknown }) => [c.articles, c.links]), [[["abc-reworded", "abc-word-swapped"], { copy: 0, rewrite: 1, "shared passage": 0 }]]);
    assert.deepEqual(out.by_unit.units.map((u: { key: string; articles: number }) => [u.key, u.articles]), [["outlet not known", 4], ["The Washington Post", 1]]);
    const own = out.by_unit.cells.find((c: { unit: string; found_in: string }) => c.unit === "outlet not known" && c.found_in === "outlet not known");
    assert.ok(own.share > 0.5 && own.articles_found === 2 && own.best_article.startsWith("abc-"), JSON.stringify(own));
    assert.equal(doc.pairs.length, out.pairs.length);
  });

  it("names articles by label in the text output (--label id: by id), and refuses an unknown unit", async () => {
    const text = await runCli("overlap", "--label", "id");
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^syndication clusters \(articles that copy or rewrite one another\): 1\n/);
    assert.match(text.stdout, /rewrite {10}abc-reworded ↔ abc-word-swapped\n/);
    const bad = await runCli("overlap", "--by", "week");
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--by wants article, outlet, date, topic, got 'week'/);
  });

  it("needs two articles: one file is a data error with one line", async () => {
    const r = await runCli("overlap", "data/trump-putin-call/wapo-call.md");
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "data/trump-putin-call/wapo-call.md: overlap needs at least two articles, found 1\n");
  });
});
