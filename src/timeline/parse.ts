/**
 * Runs the configuration (configuration.ts) on a text: only the parsers whose words the text holds
 * (word-scan.ts), then the refiners, and only when some parser found something. Sentences are short
 * and many, so chrono's fixed cost per call (every parser and refiner on every sentence) was most of
 * the time.
 */
import * as chrono from "chrono-node";
import { PARSERS, REFINERS } from "./configuration";
import { gated, type Gated } from "./gate";
import { executeParser } from "./chrono-loop";
import { CANDIDATE_BIT, WordScan } from "./word-scan";
import { specOf } from "./parsers/spec";

const GATED: Gated[] = PARSERS.map(gated);
const SCAN = new WordScan(GATED);

/** A pattern that fails at once: sticky, so it is tried at one position only, not along the whole text. */
const NEVER = /(?!)/y;

/** The parsers worth running on text[from, to) (bit i: PARSERS[i]), with CANDIDATE_BIT when any is. */
export function parserMask(text: string, from: number, to: number): number {
  return SCAN.mask(text, from, to);
}

/** What `timelineChrono().parse` finds in `text`, minus its fixed cost per call; `mask` as parserMask gives it. */
export function parseText(text: string, reference: Date, mask = parserMask(text, 0, text.length)): chrono.ParsingResult[] {
  if (!(mask & CANDIDATE_BIT)) return [];
  let context: chrono.ParsingContext | null = null;
  let results: chrono.ParsingResult[] = [];
  let tested: RegExp | null = null; // parsers next to each other often share a trigger (a digit, a month)
  let passed = false;
  for (let i = 0; i < GATED.length; i++) {
    const { parser, trigger } = GATED[i];
    if (!(mask & (1 << i))) continue;
    if (trigger !== tested) {
      tested = trigger;
      passed = trigger.test(text);
    }
    if (!passed) continue;
    context ??= new chrono.ParsingContext(text, reference);
    const found = executeParser(context, parser);
    if (found.length) results = results.concat(found);
  }
  if (!context || !results.length) return [];
  results.sort((a, b) => a.index - b.index);
  for (const refiner of REFINERS) results = refiner.refine(context, results);
  return results;
}

/**
 * What the gates cost in `text`: the expressions found with every parser run on it (then the same
 * refiners) that parseText, gated, does not find. Empty when the gates are right: a test runs this
 * over many sentences, so a parser given words it does not declare ("soon") is caught.
 */
export function gateMisses(text: string, reference: Date): string[] {
  const context = new chrono.ParsingContext(text, reference);
  let all: chrono.ParsingResult[] = [];
  for (const { parser } of GATED) all = all.concat(executeParser(context, parser));
  all.sort((a, b) => a.index - b.index);
  if (all.length) for (const refiner of REFINERS) all = refiner.refine(context, all);
  const key = (r: chrono.ParsingResult) => `${r.index} ${r.text} ${JSON.stringify(specOf(r))}`;
  const gatedKeys = new Set(parseText(text, reference).map(key));
  return all.map(key).filter((k) => !gatedKeys.has(k));
}

/** Calls `visit(start, end)` for every word the scan looks up in text[from, to), in order. */
export function forEachStemWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  SCAN.forEachWord(text, from, to, visit);
}

/** The mask bits of one word: bit i for PARSERS[i], CANDIDATE_BIT. */
export function wordBits(word: string): number {
  return SCAN.wordBits(word);
}

let configured: chrono.Chrono | null = null;

/**
 * The configuration as a chrono instance (built once), for callers that want chrono's API: each
 * parser answers with a pattern that fails at once on a text without its trigger.
 */
export function timelineChrono(): chrono.Chrono {
  if (configured) return configured;
  const c = chrono.casual.clone();
  c.parsers = GATED.map(({ parser, trigger }) => ({
    pattern: (context: chrono.ParsingContext) => (trigger.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context: chrono.ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  }));
  c.refiners = REFINERS;
  configured = c;
  return c;
}
