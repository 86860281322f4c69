/**
 * Words + sentences throughput of src/text against natural's WordTokenizer + SentenceTokenizer,
 * on the same article texts in the same run, plus a bare Unicode word regex as a ceiling.
 *
 *   npx tsx bench/tokenise/run.ts [--mb 10] [--rounds 2]     (npm run bench:tokenise)
 *
 * Reads the `text` field of ../shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl line by
 * line, up to --mb megabytes of UTF-8 text (default 10: natural's sentence tokenizer runs at about
 * 1-2 MB/s and the machine is shared); --mb 0 reads the whole file. Each contender runs --rounds
 * times (default 2), interleaved, and the best round counts, so a burst of load from other
 * processes hurts neither side alone. Prints MB/s (UTF-8 bytes of text) and the ratio;
 * BENCH_VERBOSE=1 also prints every round on stderr.
 */
import { createReadStream, existsSync } from "node:fs";
import * as path from "node:path";
import * as readline from "node:readline";
import { tokenize } from "../../src/text/tokens";
import { splitSentences } from "../../src/text/sentences";

const FILE = path.resolve(__dirname, "../../..", "shared/corpora/bench/allsides-baly2020/articles_110MB.jsonl");

function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) {
    console.error(`bench/tokenise: ${name} wants a non-negative number, got ${process.argv[i + 1]}`);
    process.exit(2);
  }
  return v;
}

async function readTexts(limitBytes: number): Promise<{ texts: string[]; bytes: number }> {
  const texts: string[] = [];
  let bytes = 0;
  const rl = readline.createInterface({ input: createReadStream(FILE, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === "") continue;
    const rec = JSON.parse(line) as { text?: unknown };
    if (typeof rec.text !== "string" || rec.text === "") continue;
    texts.push(rec.text);
    bytes += Buffer.byteLength(rec.text, "utf8");
    if (limitBytes > 0 && bytes >= limitBytes) {
      rl.close();
      break;
    }
  }
  return { texts, bytes };
}

function time(run: () => number): { seconds: number; count: number } {
  const t0 = process.hrtime.bigint();
  const count = run();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, count };
}

async function main(): Promise<void> {
  if (!existsSync(FILE)) {
    console.log(`bench/tokenise: skipped, ${FILE} not found`);
    return;
  }
  const mb = numberArg("--mb", 10);
  const rounds = Math.max(1, Math.floor(numberArg("--rounds", 2)));
  const { texts, bytes } = await readTexts(mb * 1024 * 1024);
  const size = bytes / (1024 * 1024);
  console.log(`bench/tokenise: ${texts.length} articles, ${size.toFixed(1)} MB of text${mb > 0 ? ` (first ${mb} MB of the file)` : ""}`);

  // natural's two tokenizer modules only: requiring all of natural loads data that make the heap
  // large enough to slow every later allocation-heavy loop (ours 2-3x), which would skew the ratio
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { WordTokenizer } = require("natural/lib/natural/tokenizers/regexp_tokenizer");
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const SentenceTokenizer = require("natural/lib/natural/tokenizers/sentence_tokenizer");
  const words = new WordTokenizer();
  const sentencesNat = new SentenceTokenizer();

  const ours = (list: string[]) => () => {
    let n = 0;
    for (const t of list) {
      const tokens = tokenize(t);
      n += splitSentences(t, tokens).length;
    }
    return n;
  };
  const theirs = (list: string[]) => () => {
    let n = 0;
    for (const t of list) {
      words.tokenize(t);
      n += sentencesNat.tokenize(t).length;
    }
    return n;
  };
  const bare = /[\p{L}\p{M}\p{N}]+/gu;
  const regex = (list: string[]) => () => {
    let n = 0;
    for (const t of list) n += (t.match(bare) ?? []).length;
    return n;
  };
  // warm up on a few articles so neither side pays for compilation in the timed run
  const warm = texts.slice(0, 50);
  ours(warm)();
  theirs(warm)();
  regex(warm)();

  const best = { a: Infinity, b: Infinity, r: Infinity };
  let a = time(() => 0), b = a, r = a;
  for (let round = 0; round < rounds; round++) {
    a = time(ours(texts));
    b = time(theirs(texts));
    r = time(regex(texts));
    best.a = Math.min(best.a, a.seconds);
    if (process.env.BENCH_VERBOSE) console.error(`round ${round + 1}: ours ${(size / a.seconds).toFixed(1)} natural ${(size / b.seconds).toFixed(1)} regex ${(size / r.seconds).toFixed(1)} MB/s`);
    best.b = Math.min(best.b, b.seconds);
    best.r = Math.min(best.r, r.seconds);
  }
  a.seconds = best.a;
  b.seconds = best.b;
  r.seconds = best.r;
  const rate = (s: number) => size / s;
  console.log(`newscompare tokenize+splitSentences  ${rate(a.seconds).toFixed(1).padStart(7)} MB/s  ${a.count} sentences, with offsets`);
  console.log(`natural Word+SentenceTokenizer       ${rate(b.seconds).toFixed(1).padStart(7)} MB/s  ${b.count} sentences, no offsets`);
  console.log(`bare Unicode word regex (words only) ${rate(r.seconds).toFixed(1).padStart(7)} MB/s  ${r.count} words`);
  const sample = "Zelenskyy met Café São Paulo staff; U.S. talks don’t end.";
  console.log(`natural WordTokenizer on "${sample}": ${JSON.stringify(words.tokenize(sample))}`);
  console.log(`newscompare tokenize: ${JSON.stringify(tokenize(sample).map((t) => t.surface))}`);
  console.log(`ratio newscompare / natural: ${(b.seconds / a.seconds).toFixed(2)}x (best of ${rounds} round${rounds > 1 ? "s" : ""} each)`);
}

main().catch((e: unknown) => {
  console.error(`bench/tokenise: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
