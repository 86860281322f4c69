import { strict as assert } from "node:assert";
import { runCli as run } from "../support/cli";

describe("newscompare quotes", function () {
  this.timeout(60000);

  it("--json prints {quotes, speakers} with offsets into the file as read", async () => {
    const { code, stdout, stderr } = await run("quotes", "data/trump-putin-call/nypost-relay.md", "--json");
    assert.equal(code, 0);
    assert.equal(stderr, "");
    const doc = JSON.parse(stdout) as { quotes: Array<{ article: string; start: number; end: number; text: string; speaker: string | null; cue: string | null }>; speakers: Array<{ id: string; quotes: number }> };
    assert.deepEqual(Object.keys(doc), ["quotes", "speakers"]);
    const peskov = doc.quotes.find((q) => q.text.startsWith("I personally"))!;
    const raw = require("node:fs").readFileSync("data/trump-putin-call/nypost-relay.md", "utf8") as string;
    assert.equal(raw.slice(peskov.start, peskov.end), peskov.text);
    assert.deepEqual([peskov.article, peskov.speaker, peskov.cue], ["nypost-relay", "Dmitry Peskov", "said"]);
    assert.deepEqual(doc.speakers.map((s) => [s.id, s.quotes]), [["donald-trump", 8], ["dmitry-peskov", 1], ["leonid-slutsky", 1], ["vladimir-putin", 1]]);
  });

  it("prints a table by default and fails with one line on a missing path", async () => {
    const ok = await run("quotes", "data/trump-putin-call/nypost-relay.md");
    assert.equal(ok.code, 0);
    assert.match(ok.stdout.split("\n")[0], /^nypost-relay \(11 quotes\)$/);
    assert.ok(ok.stdout.includes("Dmitry Peskov"));
    const bad = await run("quotes", "no/such/folder");
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr.trim().split("\n").length, 1);
    assert.match(bad.stderr, /no\/such\/folder/);
  });
});
