/**
 * Word n-grams inside sentences, with offsets, for counting multi-word terms and shingles.
 *
 * An n-gram never crosses a sentence end. Only word and number tokens are members; by default
 * punctuation and symbols are skipped over (so "Trump, Putin" gives "trump putin", as shingling for
 * overlap wants); `breakAtPunct` makes them barriers instead (phrase counting: "Putin Hold" is not
 * a phrase across the comma). With `stopwords`, n-grams that start or end with a stopword are
 * dropped ("of the", "the talks") while inner ones stay ("secretary of state").
 */
import { stopwordSet } from "./stopwords";
import type { Token } from "./types";

export interface NGram {
  /** offset of the first token's start and the last token's end: text.slice(start, end) is the passage */
  start: number;
  end: number;
  /** member norms joined by one space: "white house", "u.s. president" — the key to count */
  norm: string;
  /** index of the first and one past the last member token, into the token array */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
}

export interface NGramOptions {
  /** leave punctuation and symbol tokens out of n-grams (default true); false makes them members */
  skipPunct?: boolean;
  /** punctuation and symbols end the window: no n-gram spans them (default false) */
  breakAtPunct?: boolean;
  /** drop n-grams whose first or last member is in this list (token norms) */
  stopwords?: readonly string[] | ReadonlySet<string>;
}

function isMember(t: Token, skipPunct: boolean): boolean {
  return !skipPunct || t.kind === "word" || t.kind === "number";
}

/** Every n-gram of `n` member tokens within one sentence, in text order. */
export function ngrams(tokens: readonly Token[], n: number, options: NGramOptions = {}): NGram[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`ngrams: n must be a positive integer, got ${n}`);
  const skipPunct = options.skipPunct ?? true;
  const breakAtPunct = options.breakAtPunct ?? false;
  const stop = options.stopwords ? stopwordSet(options.stopwords) : undefined;
  const out: NGram[] = [];
  const window: number[] = []; // token indices of the current run of members
  let sentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sentence !== sentence) {
      window.length = 0;
      sentence = t.sentence;
    }
    if (!isMember(t, skipPunct)) {
      if (breakAtPunct) window.length = 0;
      continue;
    }
    window.push(i);
    if (window.length > n) window.shift();
    if (window.length < n) continue;
    const a = tokens[window[0]];
    if (stop && (stop.has(a.norm) || stop.has(t.norm))) continue;
    let norm = a.norm;
    for (let k = 1; k < n; k++) norm += " " + tokens[window[k]].norm;
    out.push({ start: a.start, end: t.end, norm, tokenStart: window[0], tokenEnd: i + 1, sentence });
  }
  return out;
}
