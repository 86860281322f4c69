/**
 * How a parser says which words it needs. chrono is slow per call and most sentences hold no date, so
 * a parser runs on a sentence only when one of its key words occurs there (a one-pass word scan,
 * word-scan.ts) and then its phrase test (`trigger`) passes. Each parser declares its words once, in
 * its own file, as a `Gate`; the word test, the scan's stems and the sentence filter (CANDIDATE) are
 * all derived here from those declarations, so adding a word to a parser is one edit.
 */
import type { Parser } from "chrono-node";

/**
 * A parser's key words: RegExp alternatives for ONE word (a run of ASCII letters, or of digits),
 * each starting with letters as written ("centur(?:y|ies)", not "(?:centur)…"), by where they may
 * sit in a word.
 */
export interface KeyWords {
  /** the whole word: "Monday", "sept?" */
  whole?: string[];
  /** the start of a word: "quarter" also keys "quarterly" */
  start?: string[];
  /** anywhere in a word: "winter" also keys "midwinter" */
  anywhere?: string[];
  /** a run of digits keys the parser: any (true), or those this pattern matches whole ("(?:1[6-9]|20)\\d\\d") */
  digits?: boolean | string;
  /** match letters as written (default: any case) */
  cased?: boolean;
  /**
   * key words that do not by themselves make a sentence worth parsing ("each", "per", "back"): they
   * count only beside a time word. Each must be one of the alternatives above, written the same.
   */
  companions?: string[];
}

/** A parser with its words, as the configuration lists it. */
export interface Gate {
  parser: Parser;
  /** the parser's phrase test on a whole text: true on every text the parser finds something in */
  trigger: RegExp;
  words: KeyWords;
}

/** A gate with its derived word test: what the scan and the parse loop use. */
export interface Gated extends Gate {
  /** passes some word of every text `trigger` passes */
  word: RegExp;
}

const alternation = (xs: string[] | undefined) => (xs && xs.length ? `(?:${xs.join("|")})` : null);

/** The word test of a declaration: whole words anchored both ends, starts at the start, the rest anywhere. */
export function wordTest(words: KeyWords): RegExp | null {
  const parts: string[] = [];
  if (words.digits === true) parts.push("^\\d");
  else if (words.digits) parts.push(`^${words.digits}$`);
  const whole = alternation(words.whole);
  if (whole) parts.push(`^${whole}$`);
  const start = alternation(words.start);
  if (start) parts.push(`^${start}`);
  const anywhere = alternation(words.anywhere);
  if (anywhere) parts.push(anywhere);
  return parts.length ? new RegExp(parts.join("|"), words.cased ? "" : "i") : null;
}

export function gated(gate: Gate): Gated {
  return { ...gate, word: wordTest(gate.words) ?? /(?!)/ };
}

/** The letters an alternative starts with, lower-cased: "centur(?:y|ies)" → "centur", "sept?" → "sep". */
export function stemOf(alternative: string): string {
  const letters = /^[A-Za-z]*/.exec(alternative)![0];
  // a quantifier after the last letter makes that letter optional
  const optional = /^[?*{]/.test(alternative.slice(letters.length)) ? 1 : 0;
  return letters.slice(0, letters.length - optional).toLowerCase();
}

/** The stems the word scan looks for: every key word holds one, at a word's start or anywhere in it. */
export function stemsOf(gates: Gate[]): { atStart: string[]; anywhere: string[] } {
  const atStart = new Set<string>();
  const anywhere = new Set<string>();
  for (const { words } of gates) {
    for (const w of [...(words.whole ?? []), ...(words.start ?? [])]) atStart.add(stemOf(w));
    for (const w of words.anywhere ?? []) anywhere.add(stemOf(w));
  }
  for (const s of [...atStart, ...anywhere]) if (s.length < 2) throw new Error(`a key word must start with two letters: '${s}'`);
  return { atStart: [...atStart].sort(), anywhere: [...anywhere].sort() };
}

/**
 * The tests for a word that makes a sentence worth giving to chrono: a key word of some parser that is
 * not a companion, or a digit. A sentence without one holds nothing a parser finds but companions.
 */
export function sentenceWordTests(gates: Gate[]): RegExp[] {
  const out: RegExp[] = [];
  for (const { words } of gates) {
    const companion = (w: string) => (words.companions ?? []).includes(w);
    const test = wordTest({ ...words, whole: words.whole?.filter((w) => !companion(w)), start: words.start?.filter((w) => !companion(w)), anywhere: words.anywhere?.filter((w) => !companion(w)) });
    if (test && !out.some((t) => String(t) === String(test))) out.push(test);
  }
  return out;
}
