import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { runCli as run } from "../support/cli";
import { FIXTURES, tempCorpus } from "../corpus/support";


const REPO = path.resolve(__dirname, "../..");
const formats = path.join(FIXTURES, "formats");

describe("newscompare corpus", function () {
  this.timeout(60000);

  it("prints an aligned table of the bundled story by default, each article by its label", async () => {
    const { code, stdout, stderr } = await run("corpus");
    assert.equal(code, 0);
    assert.equal(stderr, "");
    const lines = stdout.split("\n");
    assert.match(lines[0], /^published {10}words  sentences  removed  article$/);
    assert.deepEqual(
      lines.slice(1, 6).map((l) => l.split(/\s{2,}/)),
      [
        ["2025-01-25 (est.)", "1097", "43", "6", "2025-01-25 · Trump and Putin signal they will…"],
        ["2025-01-25 (est.)", "1128", "41", "6", "2025-01-25 · abc-word-swapped"],
        ["2025-02-12 (est.)", "693", "35", "4", "2025-02-12 · Trump, Putin Hold First Call Since…"],
        ["2025-02-08 (est.)", "587", "31", "0", "2025-02-08 · nypost-relay"],
        ["2025-02-12 (est.)", "2019", "85", "3", "The Washington Post · 2025-02-12 · wapo-call"],
      ],
    );
    // per article (five articles): no group table, no unit line
    assert.deepEqual(lines.slice(6), ["", "5 articles, 1 outlet (4 articles from an unknown outlet)", ""]);
  });

  it("--by outlet adds a table per outlet (unknown outlets together); --label id names articles by id", async () => {
    const { code, stdout } = await run("corpus", "--by", "outlet", "--label", "id");
    assert.equal(code, 0);
    const lines = stdout.split("\n");
    assert.equal(lines[1].split(/\s{2,}/).pop(), "abc-reworded");
    assert.deepEqual(lines.slice(7, 10).map((l) => l.trim().split(/\s{2,}/)), [
      ["articles", "words", "first", "last", "outlet"],
      ["4", "3505", "2025-01-25", "2025-02-12", "outlet not known"],
      ["1", "2019", "2025-02-12", "2025-02-12", "The Washington Post"],
    ]);
    assert.equal(lines[12], "Compared per outlet, as asked: 5 articles, 1 outlet.");
    const bad = await run("corpus", "--by", "paper");
    assert.deepEqual([bad.code, bad.stderr], [2, "newscompare corpus: --by wants article, outlet, date, topic, got 'paper'\n"]);
  });

  it("--outlet filters the articles as for every command", async () => {
    const { code, stdout } = await run("corpus", "--json", "--outlet", "The Washington Post");
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).articles.map((a: { id: string }) => a.id), ["wapo-call"]);
  });

  it("--field names the keys a CSV uses; a malformed or unknown --field is a usage error", async () => {
    const dir = tempCorpus({ "f.csv": 'story,pub_date,paper\n"Talks began on Monday, officials said.",2025-01-08,Daily\n' });
    const csv = path.join(dir, "f.csv");
    const without = await run("corpus", csv);
    assert.equal(without.code, 1);
    assert.match(without.stderr, /row 1: no text field/);
    const { code, stdout } = await run("corpus", csv, "--json", "--field", "text=story", "--field", "date=pub_date", "--field", "OUTLET=paper");
    assert.equal(code, 0);
    const [a] = JSON.parse(stdout).articles;
    assert.deepEqual([a.outlet, a.published, a.words, a.sentences], ["Daily", "2025-01-08", 6, 1]);
    const bad = await run("corpus", csv, "--field", "story");
    assert.deepEqual([bad.code, bad.stderr], [2, "newscompare corpus: --field wants NAME=KEY (e.g. text=story), got 'story'\n"]);
    const unknown = await run("corpus", csv, "--field", "body=story");
    assert.deepEqual([unknown.code, unknown.stderr], [2, "newscompare corpus: --field: unknown field 'body' (known: id, text, title, date, outlet, url, authors)\n"]);
  });

  it("--date-order reads numeric dates in metadata; a wrong order is a usage error", async () => {
    const dir = tempCorpus({ "d.jsonl": '{"text":"Talks began on Monday.","date":"9/16/17"}\n' });
    const file = path.join(dir, "d.jsonl");
    assert.equal((await run("corpus", file, "--strict")).code, 1);
    const { code, stdout } = await run("corpus", file, "--json", "--date-order", "mdy");
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).articles[0].published, "2017-09-16");
    const bad = await run("corpus", file, "--date-order", "ymd");
    assert.deepEqual([bad.code, bad.stderr], [2, "newscompare corpus: --date-order wants dmy (day first) or mdy (month first), got 'ymd'\n"]);
  });

  it("--json: the DESIGN.md document, removed spans with their text", async () => {
    const { code, stdout, stderr } = await run("corpus", "--json");
    assert.equal(code, 0);
    assert.equal(stderr, "");
    const doc = JSON.parse(stdout);
    assert.deepEqual(Object.keys(doc), ["articles", "unit", "reason", "groups", "warnings", "skipped"]);
    assert.deepEqual([doc.unit, doc.groups.length, doc.groups[4]], ["article", 5, { key: "wapo-call", label: "The Washington Post · 2025-02-12 · wapo-call", articles: ["wapo-call"], words: 2019, first: "2025-02-12", last: "2025-02-12" }]);
    assert.deepEqual([doc.articles[4].label, doc.articles[4].group], ["The Washington Post · 2025-02-12 · wapo-call", "wapo-call"]);
    assert.deepEqual(
      doc.articles.map((a: { id: string; published: string; published_estimated: boolean }) => [a.id, a.published, a.published_estimated]),
      [
        ["abc-reworded", "2025-01-25", true],
        ["abc-word-swapped", "2025-01-25", true],
        ["first-call-web", "2025-02-12", true],
        ["nypost-relay", "2025-02-08", true],
        ["wapo-call", "2025-02-12", true],
      ],
    );
    for (const a of doc.articles) {
      assert.equal(a.file, path.join("data", "trump-putin-call", `${a.id}.md`));
      assert.equal(a.removed[0].reason, "front matter");
      assert.equal(a.removed[0].start, 0);
      assert.ok(a.removed[0].text.startsWith(`---\nid: ${a.id}\n`));
      assert.ok(a.words > 500 && a.sentences > 20, `${a.id}: ${a.words} words, ${a.sentences} sentences`);
    }
    const reasons = (i: number) => new Set(doc.articles[i].removed.map((r: { reason: string }) => r.reason));
    for (const r of ["front matter", "loading placeholder", "photo credit", "share prompt"]) assert.ok(reasons(2).has(r), r);
    for (const r of ["front matter", "byline", "copyright", "reader comment"]) assert.ok(reasons(4).has(r), r);
    assert.equal(doc.articles[2].title, "Trump, Putin Hold First Call Since Inauguration, Pledge Immediate Ukraine Peace Talks");
    assert.equal(doc.articles[4].outlet, "The Washington Post");
    assert.deepEqual(doc.articles[4].authors, ["Michael Birnbaum", "Robyn Dixon"]);
  });

  it("--json counts words and sentences of the cleaned text", async () => {
    const { code, stdout } = await run("corpus", "--json", path.join(formats, "front.md"));
    assert.equal(code, 0);
    const [a] = JSON.parse(stdout).articles;
    // "The mayor presented a budget of $1.2 billion on Monday." (10) "Council will vote on March 12." (6)
    assert.deepEqual([a.id, a.words, a.sentences], ["mayor-budget", 16, 2]);
    assert.deepEqual(a.removed, [{ start: 0, end: 186, reason: "front matter", text: a.removed[0].text }]);
  });

  it("--published fills in missing dates; the table marks none as estimated", async () => {
    const { code, stdout } = await run("corpus", path.join(formats, "plain.txt"), "--published", "2024-07-01");
    assert.equal(code, 0);
    assert.match(stdout.split("\n")[1], /^2024-07-01 {2}.* 2024-07-01 · Storm Closes Harbour Bridge$/);
  });

  it("a missing path: one line naming it, exit 1, nothing on stdout", async () => {
    const { code, stdout, stderr } = await run("corpus", "no/such/folder");
    assert.deepEqual([code, stdout, stderr], [1, "", "no/such/folder: no such file or folder\n"]);
  });

  it("a bad date under --strict: one line naming file, field and value, exit 1", async () => {
    const dir = tempCorpus({ "x.md": "---\npublished: yesterday\n---\nText.\n" });
    const { code, stdout, stderr } = await run("corpus", "--json", "--strict", dir);
    assert.deepEqual(
      [code, stdout, stderr],
      [1, "", `${path.join(dir, "x.md")}: field 'published': unparseable date 'yesterday' (write it as YYYY-MM-DD)\n`],
    );
  });

  it("every data error: exit 1, exactly one stderr line naming the file, nothing on stdout", async () => {
    const dir = tempCorpus({
      "empty.txt": "",
      "binary.txt": Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]),
      "notes.rtf": "{\\rtf1 text}",
      "open.md": "---\nid: x\nBody.\n",
      "dup/a.md": "---\nid: same\n---\nOne.\n",
      "dup/b.md": "---\nid: same\n---\nTwo.\n",
    });
    const expected: Array<[string, string]> = [
      ["empty.txt", "empty file"],
      ["binary.txt", "binary file (NUL bytes, and not UTF-16 text)"],
      ["notes.rtf", "unknown format '.rtf' (known: .txt, .md, .markdown, .html, .htm, .json, .jsonl, .ndjson, .csv)"],
      ["open.md", "malformed front matter: no closing '---' line"],
    ];
    for (const [name, problem] of expected) {
      const r = await run("corpus", path.join(dir, name));
      assert.deepEqual([r.code, r.stdout, r.stderr], [1, "", `${path.join(dir, name)}: ${problem}\n`]);
    }
    const r = await run("corpus", "--json", path.join(dir, "dup"));
    assert.deepEqual(
      [r.code, r.stdout, r.stderr],
      [1, "", `${path.join(dir, "dup", "b.md")}: duplicate id 'same', also used by ${path.join(dir, "dup", "a.md")}\n`],
    );
  });

  it("--skip-bad loads the rest and lists what it skipped and warned about on stderr", async () => {
    const dir = tempCorpus({ "a.txt": "Fine text.", "b.txt": "", "c.png": "x" });
    const { code, stdout, stderr } = await run("corpus", "--skip-bad", "--json", dir);
    assert.equal(code, 0);
    const doc = JSON.parse(stdout);
    assert.deepEqual(doc.articles.map((a: { id: string }) => a.id), ["a"]);
    assert.deepEqual(doc.skipped, [{ file: path.join(dir, "b.txt"), problem: "empty file" }]);
    assert.deepEqual(doc.warnings, [{ file: path.join(dir, "c.png"), message: "skipped: unknown format '.png'" }]);
    assert.equal(
      stderr,
      `${path.join(dir, "c.png")}: warning: skipped: unknown format '.png'\n${path.join(dir, "b.txt")}: skipped: empty file\n`,
    );
  });

  it("--skip-bad with nothing loadable exits 1", async () => {
    const dir = tempCorpus({ "b.txt": "" });
    const { code, stdout, stderr } = await run("corpus", "--skip-bad", dir);
    assert.equal(code, 1);
    assert.equal(stdout, "", "no empty table");
    assert.equal(stderr, `${path.join(dir, "b.txt")}: skipped: empty file\n${dir}: no article could be loaded\n`);
  });

  it("a file named twice is read once, with a warning, not a duplicate id", async () => {
    const file = path.join(REPO, "data/trump-putin-call/wapo-call.md");
    const { code, stdout, stderr } = await run("corpus", "--json", file, file);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).articles.map((a: { id: string }) => a.id), ["wapo-call"]);
    assert.equal(stderr, `${file}: warning: given more than once; read once\n`);
  });

  it("usage errors exit 2 with one line: unknown option, bad --published", async () => {
    const a = await run("corpus", "--frobnicate");
    assert.equal(a.code, 2);
    assert.equal(a.stdout, "");
    assert.match(a.stderr, /^newscompare corpus: Unknown option '--frobnicate'[^\n]*\n$/);
    const b = await run("corpus", "--published", "last week");
    assert.deepEqual([b.code, b.stderr], [2, "newscompare corpus: --published wants a date as YYYY-MM-DD, got 'last week'\n"]);
  });

  it("runs through the real bin: --json on stdout, errors as one line without a stack", () => {
    const ok = spawnSync(process.execPath, ["bin/newscompare.js", "corpus", "--json"], { cwd: REPO, encoding: "utf8" });
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(
      JSON.parse(ok.stdout).articles.map((a: { id: string }) => a.id),
      ["abc-reworded", "abc-word-swapped", "first-call-web", "nypost-relay", "wapo-call"],
    );
    const bad = spawnSync(process.execPath, ["bin/newscompare.js", "corpus", "missing.md"], { cwd: REPO, encoding: "utf8" });
    assert.deepEqual([bad.status, bad.stdout, bad.stderr], [1, "", "missing.md: no such file or folder\n"]);
  });

  it("stops quietly when the reader closes the pipe early ('… --json | head')", function () {
    this.timeout(30_000);
    // the output (over 100 KB) outgrows the pipe's buffer, so the writer is still writing when head leaves
    const piped = spawnSync("bash", ["-c", `"${process.execPath}" bin/newscompare.js timeline data --json | head -c 10 >/dev/null; echo "exit \${PIPESTATUS[0]}"`], { cwd: REPO, encoding: "utf8" });
    assert.deepEqual([piped.stdout, piped.stderr], ["exit 0\n", ""]);
  });
});
