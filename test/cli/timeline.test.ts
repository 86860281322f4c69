import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../support/cli";

interface MentionJson { article: string; file: string; start: number; end: number; text: string; type: string; value: string; sentence: string; mod?: string }

describe("newscompare timeline", function () {
  this.timeout(60_000);
  let doc: { mentions: MentionJson[]; events: Array<{ value: string; articles: string[] }> };

  before(async () => {
    const r = await runCli("timeline", "--json");
    assert.equal(r.code, 0, r.stderr);
    doc = JSON.parse(r.stdout);
  });

  it("--json: every mention's start/end index the file as read", () => {
    assert.ok(doc.mentions.length > 50);
    const files = new Map<string, string>();
    for (const m of doc.mentions) {
      if (!files.has(m.file)) files.set(m.file, fs.readFileSync(m.file, "utf8"));
      assert.equal(files.get(m.file)!.slice(m.start, m.end), m.text, `${m.article} ${m.start}`);
      assert.ok(["DATE", "TIME", "DURATION", "SET"].includes(m.type));
      assert.ok(m.sentence.includes(m.text));
    }
  });

  it("resolves the bundled story's relative dates against each article's publication date", () => {
    const find = (article: string, text: string) => doc.mentions.filter((m) => m.article === article && m.text === text).map((m) => m.value);
    assert.deepEqual(find("abc-reworded", "Thursday"), ["2025-01-23", "2025-01-23", "2025-01-23"]);
    assert.deepEqual(find("wapo-call", "Wednesday"), ["2025-02-12"]);
    assert.deepEqual(find("wapo-call", "last June"), ["2024-06"]);
    assert.deepEqual(find("wapo-call", "last month"), ["2025-01"]);
    assert.deepEqual(find("wapo-call", "nearly 90 minutes"), ["PT90M"]);
    assert.deepEqual(find("nypost-relay", "Friday"), ["2025-02-07"]);
    const late = doc.mentions.find((m) => m.article === "wapo-call" && m.text === "late 2021");
    assert.equal(late?.value, "2021");
    assert.equal(late?.mod, "LATE");
  });

  it("reports none of the traps: a programme title, the Jan. 6 defendants, amounts", () => {
    const texts = doc.mentions.map((m) => m.text);
    assert.ok(!texts.includes("This Week"));
    assert.ok(!doc.mentions.some((m) => m.value === "2025-01-06"));
    assert.ok(!texts.some((t) => /\$|%/.test(t)));
  });

  it("groups the 12 February call reported by two articles into one event", () => {
    const call = doc.events.find((e) => e.value === "2025-02-12" && e.articles.includes("first-call-web") && e.articles.includes("wapo-call"));
    assert.ok(call);
  });

  it("counts independent sources: the copied pair is one source, so 2 of 13 shared events are reported by several", () => {
    const events = doc.events as Array<{ value: string; articles: string[]; sources: number }>;
    const shared = events.filter((e) => e.articles.length > 1);
    assert.equal(shared.length, 13);
    assert.deepEqual(shared.filter((e) => e.sources >= 2).map((e) => [e.value, e.articles.length, e.sources]), [["2018", 3, 2], ["2025-02-12", 2, 2]]);
  });

  it("--no-sources skips the overlap: events count articles and carry no sources field", async () => {
    const r = await runCli("timeline", "--json", "--no-sources");
    assert.equal(r.code, 0, r.stderr);
    const events = JSON.parse(r.stdout).events as Array<Record<string, unknown>>;
    assert.equal(events.length, doc.events.length);
    assert.ok(events.every((e) => !("sources" in e)));
    const table = await runCli("timeline", "--no-sources");
    assert.match(table.stdout, /\nevents reported by more than one article:\n/);
  });

  it("--by outlet adds per-outlet results to the JSON and a per-outlet table; --label names the articles", async () => {
    const r = await runCli("timeline", "--json", "--by", "outlet");
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ["articles", "mentions", "events", "unit", "units"]);
    assert.equal(json.unit, "outlet");
    assert.deepEqual(json.units.map((u: { key: string; articles: string[]; shared_events: number }) => [u.key, u.articles.length, u.shared_events]), [["outlet not known", 4, 2], ["The Washington Post", 1, 2]]);
    const table = await runCli("timeline", "--by", "outlet", "--label", "title");
    assert.match(table.stdout, /^Trump and Putin signal they will… \(abc-reworded, published 2025-01-25, estimated\)$/m);
    assert.match(table.stdout, /\n  2018 +3 articles, 2 independent sources \(/);
    assert.match(table.stdout, /\n  \(11 more events are reported only by articles that copy one another\)\n/);
    assert.match(table.stdout, /\nper outlet \(Compared per outlet, as asked: 5 articles, 1 outlet\.\):\n/);
  });

  it("--published sets the reference date for a file that carries none", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nc-timeline-"));
    const file = path.join(dir, "note.txt");
    fs.writeFileSync(file, "Leaders met on Monday in Geneva.\nThey will meet again on Friday.\n");
    const r = await runCli("timeline", file, "--published", "2025-02-12", "--json");
    assert.equal(r.code, 0, r.stderr);
    const mentions: MentionJson[] = JSON.parse(r.stdout).mentions;
    assert.deepEqual(mentions.map((m) => [m.text, m.value, m.start, m.end]), [["Monday", "2025-02-10", 15, 21], ["Friday", "2025-02-14", 57, 63]]);
    // the table says so when no event is shared, rather than ending on a bare heading
    const table = await runCli("timeline", file, "--published", "2025-02-12");
    assert.match(table.stdout, /events reported by two or more independent sources: none\n$/);
  });
});

describe("--published is checked the same way by every command", function () {
  this.timeout(60_000);
  for (const command of ["corpus", "frequencies", "overlap", "timeline", "quotes", "report"]) {
    it(`${command}: a date that does not exist is a usage error (exit 2, one line)`, async () => {
      const r = await runCli(command, "--published", "2025-13-01");
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr, `newscompare ${command}: --published wants a date as YYYY-MM-DD, got '2025-13-01'\n`);
    });
  }
});
