import { strict as assert } from "node:assert";
import * as path from "node:path";
import { runCli } from "../support/cli";

const run = (argv: string[]) => runCli(...argv);

const STORY = path.resolve(__dirname, "../../data/trump-putin-call");

describe("frequency/cli: newscompare frequencies", () => {
  it("--json prints one document with the contract's fields", async () => {
    const r = await run(["frequencies", STORY, "--json", "--top", "5", "--ngram", "2"]);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.terms.length, 25);
    for (const t of json.terms) for (const k of ["article", "term", "count", "per10k"]) assert.ok(k in t, k);
    const first = json.terms.find((t: { article: string }) => t.article === "abc-word-swapped");
    assert.deepEqual([first.term, first.count, first.per10k], ["Trump", 24, 212.77]);
    const d = json.distinctive.filter((x: { article: string; method: string }) => x.article === "abc-word-swapped" && x.method === "logodds");
    assert.deepEqual(d.slice(0, 2).map((x: { term: string; count: number; restCount: number }) => [x.term, x.count, x.restCount]), [["warfare", 11, 0], ["mentioned", 11, 1]]);
    for (const x of json.distinctive) for (const k of ["article", "term", "score", "count", "method"]) assert.ok(k in x, k);
    assert.deepEqual(json.groups.map((g: { article: string }) => g.article), ["abc-reworded", "abc-word-swapped", "first-call-web", "nypost-relay", "wapo-call"]);
    assert.ok(json.phrases.some((p: { display: string }) => p.display === "White House"));
    assert.equal(json.by, "article");
    assert.equal(json.groups[4].label, "The Washington Post · 2025-02-12 · wapo-call");
  });

  it("--by outlet: articles of unknown outlets form one group; the text names groups by label", async () => {
    const r = await run(["frequencies", STORY, "--json", "--by", "outlet"]);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.reason, "Compared per outlet, as asked: 5 articles, 1 outlet.");
    assert.deepEqual(json.groups.map((g: { article: string; articles: string[]; words: number }) => [g.article, g.articles.length, g.words]), [["outlet not known", 4, 3505], ["The Washington Post", 1, 2019]]);
    const text = await run(["frequencies", STORY, "--by", "outlet", "--top", "2"]);
    const lines = text.stdout.split("\n");
    assert.deepEqual([lines[0], lines[2], lines[7]], ["Compared per outlet, as asked: 5 articles, 1 outlet.", "outlet not known  (4 articles, 3505 words)", "The Washington Post  (2019 words)"]);
    const labelled = await run(["frequencies", STORY, "--label", "title", "--top", "1"]);
    assert.equal(labelled.stdout.split("\n")[0], "Trump and Putin signal they will…  (abc-reworded, 1097 words)");
    const bad = await run(["frequencies", STORY, "--by", "paper"]);
    assert.deepEqual([bad.code, bad.stderr], [2, "newscompare frequencies: --by wants article, outlet, date, topic, got 'paper'\n"]);
  });

  it("rejects a bad option value with exit 2 and one line", async () => {
    const r = await run(["frequencies", STORY, "--ngram", "7"]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "newscompare frequencies: --ngram wants a whole number from 1 to 3, got '7'\n");
    assert.equal(r.stdout, "");
  });

  it("a missing path is a data error naming it", async () => {
    const r = await run(["frequencies", "no/such/folder", "--json"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^no\/such\/folder: /);
    assert.equal(r.stdout, "");
  });
});
