import { strict as assert } from "node:assert";
import { runCli as run } from "../support/cli";

describe("newscompare quotes", function () {
  this.timeout(60000);

  it("--json prints {quotes, speakers} with offsets into the file as read", async () => {
    const { code, stdout, stderr } = await run("quotes", "data/trump-putin-call/nypost-relay.md", "--json");
    assert.equal(code, 0);
    assert.equal(stderr, "");
    const doc = JSON.parse(stdout) as { quotes: Array<{ article: string; start: number; end: number; text: string; speaker: string | null; cue: string | null }>; speakers: Array<{ id: string; quotes: number }> };
    assert.deepEqual(Object.keys(doc), ["quotes", "speakers", "unit", "units"]);
    const peskov = doc.quotes.find((q) => q.text.startsWith("I personally"))!;
    const raw = require("node:fs").readFileSync("data/trump-putin-call/nypost-relay.md", "utf8") as string;
    assert.equal(raw.slice(peskov.start, peskov.end), peskov.text);
    assert.deepEqual([peskov.article, peskov.speaker, peskov.cue], ["nypost-relay", "Dmitry Peskov", "said"]);
    assert.deepEqual(doc.speakers.map((s) => [s.id, s.quotes]), [["donald-trump", 8], ["dmitry-peskov", 1], ["leonid-slutsky", 1], ["vladimir-putin", 1]]);
  });

  it("prints a table by default and fails with one line on a missing path", async () => {
    const ok = await run("quotes", "data/trump-putin-call/nypost-relay.md");
    assert.equal(ok.code, 0);
    // the article by its label, the id beside it
    assert.match(ok.stdout.split("\n")[0], /^2025-02-08 · nypost-relay \[nypost-relay\] \(11 quotes\)$/);
    assert.ok(ok.stdout.includes("Dmitry Peskov"));
    const bad = await run("quotes", "no/such/folder");
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr.trim().split("\n").length, 1);
    assert.match(bad.stderr, /no\/such\/folder/);
  });

  it("--by outlet adds each outlet's quotes to the JSON and a table of whom each quotes most", async () => {
    const json = await run("quotes", "--by", "outlet", "--json");
    assert.equal(json.code, 0, json.stderr);
    const doc = JSON.parse(json.stdout) as { unit: string; units: Array<{ key: string; label: string; articles: string[]; quotes: number; unattributed: number; speakers: Array<{ name: string; share: number }> }> };
    assert.equal(doc.unit, "outlet");
    assert.deepEqual(doc.units.map((u) => [u.key, u.articles.length, u.quotes, u.unattributed]), [["outlet not known", 4, 69, 0], ["The Washington Post", 1, 30, 0]]);
    assert.deepEqual(doc.units[1].speakers.slice(0, 2).map((s) => s.name), ["Donald Trump", "Karoline Leavitt"]);
    const text = await run("quotes", "--by", "outlet", "--label", "id");
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /\nper outlet \(quotes, quoted words, no speaker found; most quoted by share of quoted words\):\n  outlet not known +69 /);
    assert.match(text.stdout, /^abc-reworded \(\d+ quotes\)$/m);
    const bad = await run("quotes", "--by", "planet");
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--by wants article, outlet, date, topic, got 'planet'/);
  });
});
