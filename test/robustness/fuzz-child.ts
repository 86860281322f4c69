/**
 * The fuzz test's worker, run in a child process so that a stage that never returns can be stopped
 * (a hang inside one synchronous call cannot be interrupted from the same process): builds the
 * seeded inputs, runs every stage on each and prints one JSON line per input (`{"start": seed}`
 * before it, the outcome after it).
 *
 *   node --require tsx/cjs test/robustness/fuzz-child.ts FIRST_SEED COUNT
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CorpusError } from "../../src/corpus/article";
import { loadCorpus } from "../../src/corpus/load";
import { analyseFrequencies } from "../../src/frequency/analyse";
import { documentViews } from "../../src/overlap/normalise";
import { quotedMask, sentenceWords } from "../../src/overlap/relation";
import { quoteCorpus } from "../../src/quotes/corpus";
import { extractQuotes } from "../../src/quotes/extract";
import { toDocument } from "../../src/text/document";
import { analyseTimeline } from "../../src/timeline/analyse";
import { mutant } from "./mutate";
import { PATTERNS, seededRandom } from "./patterns";

const STORY = path.resolve(__dirname, "../../data/trump-putin-call");

/** Input `seed`: a pathological pattern (one in four) or a mutated article of the bundled story, up to 2,500 characters. */
export function fuzzInput(seed: number, story: string[]): { text: string; name: string } {
  const rnd = seededRandom(seed * 31 + 7);
  if (seed % 4 === 0) {
    const names = Object.keys(PATTERNS);
    const name = names[Math.floor(rnd() * names.length)];
    return { text: PATTERNS[name](1 + Math.floor(rnd() * 2500), story.join("\n\n"), seed), name: `pattern ${name}` };
  }
  const base = story[Math.floor(rnd() * story.length)];
  const { text, name } = mutant(base, seed, 2500);
  return { text, name: `mutant ${name}` };
}

/** Offsets a stage reports must lie in the text, in order. */
function checkSpans(what: string, spans: Array<{ start: number; end: number }>, length: number): void {
  let last = -1;
  for (const s of spans) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= length)) throw new Error(`${what} [${s.start}, ${s.end}) outside the text (${length})`);
    if (s.start < last) throw new Error(`${what} out of order at ${s.start}`);
    last = s.start;
  }
}

function runAll(text: string, dir: string): string[] {
  const file = path.join(dir, "article.txt");
  fs.writeFileSync(file, text);
  let article;
  try {
    article = loadCorpus(file).articles[0];
  } catch (err) {
    if (err instanceof CorpusError) return [`refused: ${err.problem}`]; // e.g. nothing but white space
    throw err;
  }
  const doc = toDocument(article);
  checkSpans("token", doc.tokens, article.text.length);
  checkSpans("sentence", doc.sentences, article.text.length);
  analyseFrequencies([doc]);
  const timeline = analyseTimeline([article]);
  checkSpans("mention", timeline.mentions, article.text.length);
  const quotes = quoteCorpus([doc]);
  checkSpans("quote", quotes.quotes, article.text.length);
  documentViews(doc);
  sentenceWords(doc, quotedMask(doc));
  extractQuotes(doc);
  return [`${doc.tokens.length} tokens, ${timeline.mentions.length} mentions, ${quotes.quotes.length} quotes`];
}

function main(first: number, count: number): void {
  const story = fs.readdirSync(STORY).sort().map((f) => loadCorpus(path.join(STORY, f)).articles[0].raw);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newscompare-fuzz-"));
  try {
    for (let seed = first; seed < first + count; seed++) {
      const { text, name } = fuzzInput(seed, story);
      process.stdout.write(`${JSON.stringify({ start: seed, name })}\n`);
      const t = process.hrtime.bigint();
      let outcome: string;
      let error: string | undefined;
      try {
        outcome = runAll(text, dir).join("; ");
      } catch (err) {
        outcome = "error";
        error = err instanceof Error ? (err.stack ?? err.message).split("\n").slice(0, 4).join(" | ") : String(err);
      }
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      process.stdout.write(`${JSON.stringify({ seed, name, chars: text.length, ms, outcome, error })}\n`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main(Number(process.argv[2]), Number(process.argv[3]));
