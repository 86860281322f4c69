import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { execFileSync } from "node:child_process";
import { MAX_ARTICLE_CHARS } from "../../../src/corpus/limits";
import { loadCorpus } from "../../../src/corpus/load";
import { resolveOutlets } from "../../../src/corpus/outlets";
import type { Article, LoadWarning } from "../../../src/corpus/article";
import { streamArticles } from "../../../src/corpus/stream/articles";
import { readLines } from "../../../src/corpus/stream/lines";
import { formatOf } from "../../../src/corpus/stream/gzip";
import type { StreamProblem } from "../../../src/corpus/stream/records";
import { SHARED_CORPORA, tempCorpus } from "../support";

async function collect(paths: string[], options: Parameters<typeof streamArticles>[1] = {}): Promise<{ articles: Article[]; problems: StreamProblem[]; warnings: LoadWarning[] }> {
  const articles: Article[] = [];
  const problems: StreamProblem[] = [];
  const warnings: LoadWarning[] = [];
  for await (const a of streamArticles(paths, { ...options, onProblem: (p) => problems.push(p), onWarning: (w) => warnings.push(w) })) articles.push(a);
  return { articles, problems, warnings };
}

/**
 * Loader articles compared with streamed ones. The loader also settles outlets and topics across the
 * corpus it holds; a stream cannot, so the outlets are settled here the loader's way (the store does
 * it per article at ingest and across the store in a pass), and topics are left out.
 */
function same(loaded: Article[], streamed: Article[]): void {
  assert.equal(streamed.length, loaded.length);
  resolveOutlets(streamed);
  const strip = (a: Article) => ({ ...a, topic: undefined });
  loaded.forEach((a, i) => assert.deepEqual(strip(streamed[i]), strip(a)));
}

const record = (i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: `r${i}`, title: `Record ${i}`, outlet: "Daily Example", date: "2021-03-04", text: `Paragraph ${i} says the council met on Monday.\n\nIt said "we will vote on ${i} items" later.`, ...extra });

describe("streaming records (src/corpus/stream)", function () {
  this.timeout(60000);

  it("gives the loader's articles, in its order, for the bundled story", async () => {
    same(loadCorpus("data/trump-putin-call").articles, (await collect(["data/trump-putin-call"])).articles);
  });

  it("gives the loader's articles for basil-dev (JSON files with paragraph lists)", async function () {
    const folder = path.join(SHARED_CORPORA, "stories", "basil-dev");
    if (!fs.existsSync(folder)) {
      console.log(`      (skipped: ${folder} is not here; it is shared research data)`);
      return this.skip();
    }
    same(loadCorpus(folder).articles, (await collect([folder])).articles);
  });

  it("reads .jsonl, .jsonl.gz and .csv.gz record by record, the same articles as the loader's .jsonl and .csv", async () => {
    const lines = [1, 2, 3].map((i) => record(i)).join("\n") + "\n";
    const csv = 'id,title,outlet,date,text\nc1,One,Paper,2020-01-02,"First text, with ""quotes""\nand a second line."\nc2,Two,Paper,2020-01-03,Second text.\n';
    const dir = tempCorpus({ "a.jsonl": lines, "b.csv": csv });
    fs.writeFileSync(path.join(dir, "c.jsonl.gz"), zlib.gzipSync(lines.replace(/"r(\d)"/g, '"z$1"')));
    fs.writeFileSync(path.join(dir, "d.csv.gz"), zlib.gzipSync(csv.replace(/\nc(\d)/g, "\nk$1")));
    const { articles, problems } = await collect([dir]);
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => a.id), ["r1", "r2", "r3", "c1", "c2", "z1", "z2", "z3", "k1", "k2"]);
    same(loadCorpus([path.join(dir, "a.jsonl"), path.join(dir, "b.csv")]).articles, articles.slice(0, 5));
    const gz = articles.find((a) => a.id === "k1")!;
    assert.equal(gz.raw, 'First text, with "quotes"\nand a second line.');
    assert.equal(gz.file, path.join(dir, "d.csv.gz"));
  });

  it("a malformed line in the middle gives one problem naming the file and line; the rest is read", async () => {
    const lines = Array.from({ length: 200 }, (_, i) => (i === 99 ? '{"id": "broken", "text": ' : record(i)));
    const dir = tempCorpus({ "big.jsonl": lines.join("\n") });
    const { articles, problems } = await collect([dir]);
    assert.equal(articles.length, 199);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, path.join(dir, "big.jsonl"));
    assert.match(problems[0].problem, /^line 100: invalid JSON/);
  });

  it("a record over the size limit is refused with its line; memory holds no more than the limit", async () => {
    const big = JSON.stringify({ id: "huge", text: "word ".repeat(5000) });
    const dir = tempCorpus({ "x.jsonl": [record(1), big, record(2)].join("\n") });
    const { articles, problems } = await collect([dir], { maxRecordBytes: 4096 });
    assert.deepEqual(articles.map((a) => a.id), ["r1", "r2"]);
    assert.equal(problems.length, 1);
    assert.match(problems[0].problem, /^line 2: record too large \(\d+ bytes; the limit is 4096\)$/);
  });

  it("a bad metadata field loads the record without it, with one warning naming the line (as the loader); strict refuses it", async () => {
    const dir = tempCorpus({ "d.jsonl": [record(1), record(2, { date: "0001-11-30" }), record(3)].join("\n") });
    const file = path.join(dir, "d.jsonl");
    const { articles, problems, warnings } = await collect([dir]);
    assert.deepEqual(articles.map((a) => [a.id, a.published]), [["r1", "2021-03-04"], ["r2", null], ["r3", "2021-03-04"]]);
    assert.deepEqual(articles[1].meta, { date: "0001-11-30" });
    assert.deepEqual(problems, []);
    const message = "line 2: field 'date': implausible date '0001-11-30' (year 1)";
    assert.deepEqual(warnings, [{ file, message: `${message}; loaded with no date` }]);
    assert.deepEqual(warnings, loadCorpus(dir).warnings);
    const strict = await collect([dir], { strict: true });
    assert.deepEqual(strict.articles.map((a) => a.id), ["r1", "r3"]);
    assert.deepEqual(strict.problems, [{ file, problem: message }]);
  });

  it("an article over MAX_ARTICLE_CHARS is refused with its line, as the loader refuses it", async () => {
    const long = JSON.stringify({ id: "long", text: "a".repeat(MAX_ARTICLE_CHARS + 1) });
    const dir = tempCorpus({ "l.jsonl": [record(1), long].join("\n") });
    const { articles, problems } = await collect([dir]);
    assert.deepEqual(articles.map((a) => a.id), ["r1"]);
    assert.deepEqual(problems.map((p) => p.problem), [`line 2: article too long (10,000,001 characters): the limit is 10,000,000 characters`]);
    assert.deepEqual(loadCorpus(dir, { skipBad: true }).skipped.map((s) => s.problem), problems.map((p) => p.problem));
  });

  it("a named pipe is refused with the loader's line, without blocking", async function () {
    if (process.platform === "win32") return this.skip();
    const dir = tempCorpus({ "ok.jsonl": record(1) });
    execFileSync("mkfifo", [path.join(dir, "pipe.jsonl")]);
    const { articles, problems } = await collect([dir]);
    assert.deepEqual(articles.map((a) => a.id), ["r1"]);
    assert.deepEqual(problems, [{ file: path.join(dir, "pipe.jsonl"), problem: "not a regular file (a named pipe); only regular files are read" }]);
  });

  it("the allsides record dated 0001-11-30 is stored with no date and one warning", async function () {
    const allsides = path.join(SHARED_CORPORA, "bench", "allsides-baly2020", "articles_110MB.jsonl");
    if (!fs.existsSync(allsides)) {
      console.log(`      (skipped: ${allsides} is not here; it is shared research data)`);
      return this.skip();
    }
    const lines = fs.readFileSync(allsides, "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes('"0001-11-30"'));
    assert.ok(at >= 0, "allsides has a record dated 0001-11-30");
    const dir = tempCorpus({ "slice.jsonl": lines.slice(Math.max(0, at - 2), at + 3).join("\n") });
    const { articles, problems, warnings } = await collect([dir]);
    assert.equal(articles.length, 5);
    assert.deepEqual(problems, []);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].message, /^line 3: field 'date': implausible date '0001-11-30' \(year 1\); loaded with no date$/);
    assert.equal(articles[2].published, null);
    assert.equal(articles[2].meta.date, "0001-11-30");
  });

  it("a file of one record takes the file name as its id fallback, as the loader does", async () => {
    const one = JSON.stringify({ text: "Only one record here, with enough words." });
    const dir = tempCorpus({ "solo.jsonl": one, "two.jsonl": `${one}\n${one}` });
    const ids = (await collect([dir])).articles.map((a) => a.id);
    assert.deepEqual(ids, ["solo", "two-1", "two-2"]);
    assert.deepEqual(loadCorpus(dir).articles.map((a) => a.id), ids);
  });

  it("a corrupt gzip file and a malformed CSV row are named; other files go on", async () => {
    const dir = tempCorpus({ "bad.jsonl.gz": Buffer.from("not gzip at all"), "ok.jsonl": record(7), "rows.csv": 'id,text\na,"one"\nb,"unclosed\n' });
    const { articles, problems } = await collect([dir]);
    assert.deepEqual(articles.map((a) => a.id), ["r7", "a"]);
    assert.deepEqual(problems.map((p) => path.basename(p.file)), ["bad.jsonl.gz", "rows.csv"]);
    assert.match(problems[0].problem, /gzip/);
    assert.match(problems[1].problem, /malformed CSV/);
  });

  it("formatOf looks through .gz", () => {
    assert.deepEqual(formatOf("a/Dump.JSONL.gz"), { ext: ".jsonl", gzip: true });
    assert.deepEqual(formatOf("x.csv"), { ext: ".csv", gzip: false });
  });

  it("readLines splits across chunks, drops a CR before LF and passes over an over-long line", async () => {
    async function* chunks() {
      yield Buffer.from("ab");
      yield Buffer.from("c\r\nde");
      yield Buffer.from("fghijkl\nm");
    }
    const out = [];
    for await (const l of readLines(chunks(), 5)) out.push([l.number, l.bytes.toString(), l.tooLong ?? null]);
    assert.deepEqual(out, [[1, "abc", null], [2, "", 9], [3, "m", null]]);
  });
});
