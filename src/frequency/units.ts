/**
 * The one walk over a document's tokens that counting, phrase finding and KWIC share, so a term that
 * is counted N times has exactly N keyword-in-context lines.
 *
 * A "run" is a stretch of countable tokens (words, and numbers when asked) inside one sentence with
 * no punctuation between them: n-grams never cross a sentence end, a comma, a dash or a quote mark.
 * Inside a run, known multi-word names ("white house") are merged into one unit, longest match first.
 */
import type { Document, Token } from "../text/types";
import type { PhraseSet } from "./phrase-set";
import { isCountedWord } from "../text/words";

export type TermUnit = "word" | "stem";

export interface UnitOptions {
  /** count words (folded form) or their Porter stems */
  unit: TermUnit;
  /** stem of a folded word; should be cached (it is called once per token) */
  stem: (norm: string) => string;
  /** count number tokens ("2022", "90") as words too; default false (they break runs instead) */
  numbers: boolean;
  /** folded words that never stand alone as a term nor start or end an n-gram */
  stopwords: ReadonlySet<string>;
  /** multi-word names counted as one unit, or null to count words only */
  phrases: PhraseSet | null;
}

/**
 * One run's units, in parallel arrays that the walker reuses between calls (copy what you keep).
 * `words[i]` is how many tokens unit i spans (1, or the phrase length).
 */
export interface Run {
  length: number;
  keys: string[];
  surfaces: string[];
  starts: number[];
  ends: number[];
  words: number[];
  stop: boolean[];
}

/** Whether a token counts in the rate denominator: the same words the `corpus` command reports. */
export const isWord = isCountedWord;

/** Calls `onRun` for every run of `doc`, in order. */
export function walkRuns(doc: Document, options: UnitOptions, onRun: (run: Run) => void): void {
  const { tokens } = doc;
  const norms: string[] = [];
  const toks: Token[] = [];
  const run: Run = { length: 0, keys: [], surfaces: [], starts: [], ends: [], words: [], stop: [] };
  let sentence = -1;
  const flush = () => {
    if (toks.length > 0) {
      buildRun(toks, norms, options, run);
      onRun(run);
    }
    toks.length = 0;
    norms.length = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const countable = t.kind === "word" || (options.numbers && t.kind === "number");
    if (t.sentence !== sentence) {
      flush();
      sentence = t.sentence;
    }
    if (!countable) {
      flush();
      continue;
    }
    toks.push(t);
    norms.push(t.norm);
  }
  flush();
}

function buildRun(toks: Token[], norms: string[], options: UnitOptions, run: Run): void {
  const { unit, stem, stopwords, phrases } = options;
  let n = 0;
  let i = 0;
  while (i < toks.length) {
    const len = phrases ? phrases.matchAt(norms, i) : 0;
    if (len > 1) {
      let key = "";
      let surface = "";
      for (let j = i; j < i + len; j++) {
        key += (j > i ? " " : "") + (unit === "stem" ? stem(norms[j]) : norms[j]);
        surface += (j > i ? " " : "") + toks[j].surface;
      }
      run.keys[n] = key;
      run.surfaces[n] = surface;
      run.starts[n] = toks[i].start;
      run.ends[n] = toks[i + len - 1].end;
      run.words[n] = len;
      run.stop[n] = false;
      i += len;
    } else {
      const norm = norms[i];
      run.keys[n] = unit === "stem" ? stem(norm) : norm;
      run.surfaces[n] = toks[i].surface;
      run.starts[n] = toks[i].start;
      run.ends[n] = toks[i].end;
      run.words[n] = 1;
      run.stop[n] = stopwords.has(norm);
      i += 1;
    }
    n++;
  }
  run.length = n;
}

/**
 * Visits every term occurrence of a run: unigrams that are not stopwords, and n-grams of 2..maxN
 * units that neither start nor end with a stopword ("end of the war" is kept, "of the" is not).
 */
export function forEachGram(
  run: Run,
  maxN: number,
  visit: (key: string, surface: string, from: number, to: number, n: number) => void,
): void {
  const len = run.length;
  for (let i = 0; i < len; i++) {
    if (!run.stop[i]) visit(run.keys[i], run.surfaces[i], i, i + 1, 1);
    if (maxN < 2 || run.stop[i]) continue;
    let key = run.keys[i];
    let surface = run.surfaces[i];
    for (let n = 2; n <= maxN && i + n <= len; n++) {
      const j = i + n - 1;
      key += " " + run.keys[j];
      surface += " " + run.surfaces[j];
      if (!run.stop[j]) visit(key, surface, i, j + 1, n);
    }
  }
}
