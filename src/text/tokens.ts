/**
 * Word tokeniser: one left-to-right pass over the text with a typed-array character class lookup,
 * one object per token, offsets into the string it was given (Article.text == Article.raw offsets).
 *
 * Decisions other analyses rely on (each has a test in test/text/tokens.test.ts):
 * - words: letters, marks and digits of any script ("Zelenskyy", "Café", "São"), joined by
 *   - hyphens followed by a letter/digit: "working-level", "U.S.-Russia", "COVID-19", "2025-02-12";
 *   - apostrophes inside a word: "don’t" (norm "don't"), "O’Brien" — EXCEPT the clitic "'s", which
 *     is split off as its own word token with norm "'s": "Trump’s" → "Trump" + "’s", "it's" → "it" + "'s",
 *     so the name counts as "trump". A trailing apostrophe ("leaders’") is punctuation;
 *   - a period inside a dotted acronym ("U.S.", "D.C.", "e.g.", "a.m."), or before a lower-case
 *     letter or digit ("nytimes.com", "3.5").
 * - the final period stays IN the token for dotted acronyms ("U.S."), known abbreviations ("Mr.",
 *   "Jan.", "Gen.", "St.", "Inc.", "etc.", "No." before a number) and single capital initials ("L.");
 *   the sentence splitter decides whether such a period also ends a sentence. Any other word
 *   ("Washington.") has its period as a separate punct token.
 * - numbers: digits with "," thousands groups, "." decimals, ":" and "/" between digits ("10:30",
 *   "9/11"), a leading currency sign ("$60", "€5") or currency code ("US$60"), trailing %, ‰, ¢
 *   ("88%"), vulgar fractions ("3½"), letter suffixes ("1990s", "3rd", "60m").
 * - kind: "number" when the token starts with a digit, fraction or currency (or "US$"-style code)
 *   and has no hyphen-joined letters ("30-day" is a word); "word" for other letter/digit tokens;
 *   "punct" for \p{P} (each dash its own token, runs of "." or "-" one token: "...", "--");
 *   "symbol" for everything else visible ($ alone, +, ©, emoji).
 * - norm: `fold(surface)` — lower case, ’ ‘ ʼ ′ ＇ → ', “ ” „ → ", … → ..., accents kept.
 */
import * as normalise from "./normalise";
import * as abbreviations from "./abbreviations";
import type { Token, TokenKind } from "./types";

// Module-level copies: compiled to CommonJS, every use of an imported binding is a property read
// through a getter, which cost more than half the scanning time in the benchmark.
const {
  C_APOS, C_COLON, C_COMMA, C_CURRENCY, C_DIGIT, C_FORMAT, C_HYPHEN, C_LETTER, C_MARK, C_NUMOTHER,
  C_PERCENT, C_PERIOD, C_PUNCT, C_SLASH, C_SPACE, C_SURROGATE, C_SYMBOL, charClass, classifyCodePoint, fold,
} = normalise;
const { abbreviationClass } = abbreviations;

/** Class at position p, reading astral code points whole (their class is cached per code point). */
const astral = new Map<number, number>();
function classAt(text: string, p: number): number {
  const k = charClass(text.charCodeAt(p));
  if (k !== C_SURROGATE) return k;
  const cp = text.codePointAt(p)!;
  let c = astral.get(cp);
  if (c === undefined) {
    c = cp > 0xffff ? classifyCodePoint(cp) : C_SYMBOL;
    astral.set(cp, c);
  }
  return c;
}

function isWordChar(k: number): boolean {
  return k === C_LETTER || k === C_DIGIT || k === C_NUMOTHER || k === C_MARK || k === C_FORMAT;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** "'s" / "’s" at p: an apostrophe, s or S, then no further letter or digit. */
function isClitic(text: string, p: number): boolean {
  const s = text.charCodeAt(p + 1);
  if (s !== 115 && s !== 83) return false;
  return p + 2 >= text.length || !isWordChar(classAt(text, p + 2));
}

/**
 * isDottedUnit's memo for the word `scanWord` is scanning (reset by it): text[dotFrom, dotValid)
 * alternates letter, period, letter…, and `dotBroken` when text[dotValid] breaks the alternation.
 * scanWord asks at every period of a word with the same start and a growing end; checking each time
 * from the start made a run of initials ("a.a.a.…") quadratic in its length.
 */
var dotFrom = -1, dotValid = -1, dotBroken = false;

/** text[a, b) is single letters separated by periods: "U", "U.S", "e.g". */
function isDottedUnit(text: string, a: number, b: number): boolean {
  if ((b - a) % 2 === 0) return false;
  if (a !== dotFrom) {
    dotFrom = a;
    dotValid = a;
    dotBroken = false;
  }
  while (!dotBroken && dotValid < b) {
    const k = classAt(text, dotValid);
    if ((dotValid - a) % 2 === 0 ? k !== C_LETTER : k !== C_PERIOD) dotBroken = true;
    else dotValid++;
  }
  return dotValid >= b;
}

/** After position p, whitespace and then a digit ("No. 5"). */
function digitFollows(text: string, p: number): boolean {
  let q = p;
  while (q < text.length && classAt(text, q) === C_SPACE) q++;
  return q > p && q < text.length && classAt(text, q) === C_DIGIT;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, plain: boolean): Token {
  const surface = text.slice(start, end);
  return { start, end, surface, norm: plain ? surface : fold(surface), kind, sentence: 0 };
}

/** Set by `scanWord` for the token it just scanned: a number token; its surface is its own norm. */
var scannedNumber = false, scannedPlain = false;

/**
 * Scan one word or number starting at `start`; return its end (where scanning resumes) and leave
 * its kind and plainness in `scannedNumber` / `scannedPlain` (no token object: `scanWords` shares it).
 * `plain` tracks whether the surface is already its own norm (ASCII lower case, no folding).
 */
function scanWord(text: string, start: number): number {
  const n = text.length;
  dotFrom = -1; // a new word (and maybe a new text): isDottedUnit's memo starts over
  let p = start;
  const k0 = classAt(text, start);
  let numeric = k0 === C_DIGIT || k0 === C_NUMOTHER || k0 === C_CURRENCY;
  let letterAfterHyphen = false;
  let plain = true;
  let joined = false; // any internal joiner (hyphen, apostrophe, period, …)
  let unitStart = start; // start of the current hyphen-separated unit, for acronym checks
  if (k0 === C_CURRENCY) {
    plain = text.charCodeAt(p) < 128;
    p++;
  }
  for (;;) {
    // one segment of letters, marks and digits
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c < 128) {
        const k = charClass(c);
        if (k !== C_LETTER && k !== C_DIGIT) break;
        if (isAsciiUpper(c)) plain = false;
        p++;
      } else {
        const k = classAt(text, p);
        if (!isWordChar(k)) break;
        plain = false;
        p += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
    }
    if (p >= n) break;
    const c = text.charCodeAt(p);
    const k = classAt(text, p);
    if (k === C_SPACE || k === C_PUNCT || k === C_SYMBOL) break; // the common case: nothing joins
    const next = p + 1 < n ? classAt(text, p + 1) : C_SPACE;
    const prev = classAt(text, p - 1);
    if (k === C_APOS) {
      if (next !== C_LETTER || isClitic(text, p)) break;
      if (c !== 39) plain = false;
      p++;
      joined = true;
      continue;
    }
    if (k === C_HYPHEN) {
      if (next !== C_LETTER && next !== C_DIGIT) break;
      if (next === C_LETTER) letterAfterHyphen = true;
      if (c !== 45) plain = false;
      p++;
      unitStart = p;
      joined = true;
      continue;
    }
    if (k === C_PERIOD) {
      if (next === C_DIGIT && prev === C_DIGIT) {
        p++;
        joined = true;
        continue;
      }
      if (next === C_LETTER) {
        // acronym: "U" "." "S" "." — the next segment is one letter followed by a period
        const acronym = isDottedUnit(text, unitStart, p) && p + 2 < n && classAt(text, p + 2) === C_PERIOD;
        const nc = text.charCodeAt(p + 1);
        const lowerNext = nc >= 97 && nc <= 122;
        if (acronym || (lowerNext && (prev === C_LETTER || prev === C_DIGIT))) {
          p++;
          joined = true;
          continue;
        }
        break;
      }
      if (next === C_HYPHEN && p + 2 < n && p - unitStart >= 3 && isDottedUnit(text, unitStart, p)) {
        const k2 = classAt(text, p + 2);
        if (k2 === C_LETTER || k2 === C_DIGIT) {
          // "U.S.-Russia": the acronym keeps its period and the hyphen joins
          if (k2 === C_LETTER) letterAfterHyphen = true;
          if (text.charCodeAt(p + 1) !== 45) plain = false;
          p += 2;
          unitStart = p;
          joined = true;
          continue;
        }
      }
      break;
    }
    if (k === C_COMMA) {
      // thousands group: exactly three digits after the comma
      if (numeric && prev === C_DIGIT && next === C_DIGIT && p + 3 < n &&
          classAt(text, p + 2) === C_DIGIT && classAt(text, p + 3) === C_DIGIT &&
          (p + 4 >= n || classAt(text, p + 4) !== C_DIGIT)) {
        p++;
        joined = true;
        continue;
      }
      break;
    }
    if (k === C_COLON || k === C_SLASH) {
      if (prev === C_DIGIT && next === C_DIGIT) {
        p++;
        joined = true;
        continue;
      }
      break;
    }
    if (k === C_CURRENCY) {
      // "US$60", "HK$5": a short upper-case code right before the sign
      if (next === C_DIGIT && p - start <= 3 && !joined) {
        let allUpper = true;
        for (let q = start; q < p; q++) if (!isAsciiUpper(text.charCodeAt(q))) allUpper = false;
        if (allUpper) {
          numeric = true;
          if (c >= 128) plain = false;
          p++;
          joined = true;
          continue;
        }
      }
      break;
    }
    if (k === C_PERCENT) {
      if (prev === C_DIGIT || prev === C_NUMOTHER) {
        if (c >= 128) plain = false;
        p++;
      }
      break;
    }
    break;
  }
  // the final period: kept for acronyms, known abbreviations and initials
  if (p < n && text.charCodeAt(p) === 46 && (p + 1 >= n || text.charCodeAt(p + 1) !== 46)) {
    let keep = false;
    if (p - unitStart >= 3 && isDottedUnit(text, unitStart, p)) keep = true;
    else if (!joined || isDottedUnit(text, unitStart, p)) {
      const len = p - start;
      if (len === 1 && isAsciiUpper(text.charCodeAt(start)) && text.charCodeAt(start) !== 73 /* I */) keep = true;
      else if (len <= 6) {
        const w = text.slice(start, p);
        if (abbreviationClass(w) !== undefined) keep = w === "No" || w === "Nos" ? digitFollows(text, p + 1) : true;
      }
    }
    if (keep) p++;
  }
  scannedNumber = numeric && !letterAfterHyphen;
  scannedPlain = plain;
  return p;
}

/** Token kind codes of `nextToken` (`TOKEN_KINDS[code]` is the Token kind); a split-off clitic is a word. */
export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_SYMBOL = 3;
const K_CLITIC = 4;
export const TOKEN_KINDS: readonly TokenKind[] = ["word", "number", "punct", "symbol", "word"];

/** Set by `nextToken` for the token it found: end, kind code, and whether the surface is its own norm. */
// `var` (here and for scanned*): module-level `let`s cost a hole check on every read in the hot loop
var foundEnd = 0, foundKind = 0, foundPlain = false;

/**
 * THE token scan (tokenize, scanWords and scanTokens step with it): the token at or after `i`.
 * Returns its start (text.length when there is none) and leaves its end, kind and plainness in
 * `foundEnd` / `foundKind` / `foundPlain`. `wordEnd` is the end of the previous word or number
 * token: a clitic "'s" is split off only right after one. A step function rather than a callback,
 * so that each caller's loop stays monomorphic and allocates nothing.
 */
function nextToken(text: string, i: number, wordEnd: number, wordsOnly: boolean): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? charClass(c) : classAt(text, i);
    if (k === C_SPACE || k === C_FORMAT) {
      i++;
      continue;
    }
    if (k === C_LETTER || k === C_DIGIT || k === C_NUMOTHER || (k === C_CURRENCY && i + 1 < n && classAt(text, i + 1) === C_DIGIT)) {
      foundEnd = scanWord(text, i);
      foundKind = scannedNumber ? K_NUMBER : K_WORD;
      foundPlain = scannedPlain;
      return i;
    }
    if (k === C_APOS && wordEnd === i && isClitic(text, i)) {
      foundEnd = i + 2;
      foundKind = K_CLITIC;
      foundPlain = false;
      return i;
    }
    if (k === C_PERIOD || k === C_HYPHEN) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === c) j++;
      if (wordsOnly) {
        i = j;
        continue;
      }
      foundEnd = j;
      foundKind = K_PUNCT;
      foundPlain = c < 128;
      return i;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    if (wordsOnly) {
      i += width;
      continue;
    }
    foundEnd = i + width;
    foundKind = k === C_PUNCT || k === C_APOS || k === C_COMMA || k === C_COLON || k === C_SLASH ? K_PUNCT : K_SYMBOL;
    foundPlain = c < 128 && !isAsciiUpper(c);
    return i;
  }
  return n;
}

/** Split `text` into tokens with offsets into `text`; every token's `sentence` is 0 until `splitSentences` fills it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let wordEnd = -1;
  let i = nextToken(text, 0, wordEnd, false);
  while (i < n) {
    const end = foundEnd;
    const kind = foundKind;
    if (kind === K_CLITIC) tokens.push({ start: i, end, surface: text.slice(i, end), norm: "'s", kind: "word", sentence: 0 });
    else tokens.push(makeToken(text, i, end, TOKEN_KINDS[kind], foundPlain));
    if (kind !== K_PUNCT && kind !== K_SYMBOL) wordEnd = end;
    i = nextToken(text, end, wordEnd, false);
  }
  return tokens;
}

/**
 * The word and number tokens of `text` without building them: calls `onWord(start, end, number)`
 * for exactly the tokens `tokenize(text)` returns with kind "word" or "number" (a split-off clitic
 * "'s" included, as a word), in order, with the same offsets; `number` is true for kind "number".
 * The token's surface is `text.slice(start, end)` and its norm `fold(surface)`.
 *
 * Why: counting single words over a large corpus needs only where each word is; not allocating a
 * Token, a surface and a norm per token makes the counting pass about twice as fast (bench/frequencies).
 */
export function scanWords(text: string, onWord: (start: number, end: number, number: boolean) => void): void {
  const n = text.length;
  let wordEnd = -1;
  let i = nextToken(text, 0, wordEnd, true);
  while (i < n) {
    const end = foundEnd;
    const kind = foundKind;
    onWord(i, end, kind === K_NUMBER);
    wordEnd = end;
    i = nextToken(text, end, wordEnd, true);
  }
}

/** Where `scanTokens` leaves the tokens: `length` entries of offsets and kind codes (K_WORD …). */
export interface TokenSpans {
  length: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Every token of `text` as offsets and a kind code, exactly `tokenize(text)` without Token objects,
 * surfaces or norms (surface = text.slice(start, end), norm = fold(surface)). Fills and returns
 * `into` (its arrays grown as needed), so a caller that consumes the spans at once can reuse them.
 */
export function scanTokens(text: string, into: TokenSpans = { length: 0, starts: new Int32Array(64), ends: new Int32Array(64), kinds: new Uint8Array(64) }): TokenSpans {
  const n = text.length;
  let { starts, ends, kinds } = into;
  let count = 0;
  let wordEnd = -1;
  let i = nextToken(text, 0, wordEnd, false);
  while (i < n) {
    const end = foundEnd;
    const kind = foundKind;
    if (count === starts.length) {
      starts = grown(starts, new Int32Array(count * 2));
      ends = grown(ends, new Int32Array(count * 2));
      kinds = grown(kinds, new Uint8Array(count * 2));
    }
    starts[count] = i;
    ends[count] = end;
    if (kind === K_PUNCT || kind === K_SYMBOL) kinds[count++] = kind;
    else {
      kinds[count++] = kind === K_CLITIC ? K_WORD : kind;
      wordEnd = end;
    }
    i = nextToken(text, end, wordEnd, false);
  }
  into.length = count;
  into.starts = starts;
  into.ends = ends;
  into.kinds = kinds;
  return into;
}
