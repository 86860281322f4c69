/**
 * Sentence and paragraph splitting over the tokens of `tokenize` (Token objects or, for sentenceSpans,
 * their offsets; see TokenView) in one pass, no regexes on the text.
 *
 * A sentence ends
 * - after ". ! ? … ..." (plus any closing quotes/brackets written right after it: `“Stop.” Then`)
 *   unless the next token starts with a lower-case letter or is , ; : — `“Why?” he asked` stays whole;
 * - after a token that keeps its period ("U.S.", "Jan.", "L.", "Inc."), by its abbreviation class
 *   (see abbreviations.ts): titles never; acronyms, initials, months, "St." only before a common
 *   sentence opener ("The", "He", "But", …) or an opening quote; "Inc."/"etc." before any capital.
 *   So "U.S. President Trump" and "Jan. 24, 2025." do not split; "… in the U.S. The …" does;
 * - at a blank line always; at a single line break whatever the punctuation (headlines, captions,
 *   section headings), except before a lower-case word (a line going on) and in hard-wrapped text.
 *
 * Paragraphs: see `detectParagraphMode` — per block between blank lines, or per line when the text
 * puts one paragraph on each line (the bundled 000/003/004).
 */
import * as abbreviations from "./abbreviations";
import type { Sentence, Token, TokenKind } from "./types";

// module-level copies: imported bindings compile to getter calls under CommonJS
const { abbreviationClass, SENTENCE_STARTERS } = abbreviations;

export type ParagraphMode = "blank-line" | "line" | "wrapped";

export interface SplitOptions {
  /** how paragraphs are separated; default: detected from `text` with `detectParagraphMode` */
  paragraphs?: ParagraphMode;
}

function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}

/** Last character of a line that usually ends a sentence (or closes a quote after one). */
function endsLikeSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x201d || c === 34 || c === 0x2019 || c === 39 ||
    c === 41 || c === 58;
}

/**
 * How `source` between `from` and `to` lays out paragraphs:
 * - "line": no blank lines, or far more lines than blank-line blocks with lines ending like
 *   sentences (one paragraph per line, an occasional blank line around a caption — the bundled
 *   000/003/004): every line break that ends a sentence starts a paragraph;
 * - "blank-line": blocks separated by blank lines, about two lines or fewer per block: a paragraph
 *   per block, a single line break still ends a sentence (headline, caption);
 * - "wrapped": most lines run on into the next one and at least 60% of those end mid-sentence
 *   (hard-wrapped text, e.g. Reuters): a single line break is just a space; a blank line or a line
 *   break followed by indentation separates paragraphs.
 * Pass `article.raw` rather than `text`: cleaning blanks removed lines, which would look blank.
 */
export function detectParagraphMode(source: string, from = 0, to = source.length): ParagraphMode {
  let lines = 0;
  let blankRuns = 0;
  let inBlock = 0; // line ends followed directly by another non-blank line
  let openEnds = 0; // ... of which do not end like a sentence
  let p = from;
  let prevBlank = false;
  let prevLast = -1; // last visible char of the previous non-blank line, when directly preceding
  while (p < to) {
    let e = source.indexOf("\n", p);
    if (e < 0 || e > to) e = to;
    let q = e - 1;
    while (q >= p && isBlankChar(source.charCodeAt(q))) q--;
    if (q < p) {
      if (!prevBlank && lines > 0) blankRuns++;
      prevBlank = true;
      prevLast = -1;
    } else {
      if (prevLast >= 0) {
        inBlock++;
        if (!endsLikeSentence(prevLast)) openEnds++;
      }
      lines++;
      prevBlank = false;
      prevLast = source.charCodeAt(q);
    }
    p = e + 1;
  }
  if (inBlock >= 3 && inBlock * 2 >= lines && openEnds * 5 >= inBlock * 3) return "wrapped";
  if (blankRuns === 0) return "line";
  return lines <= 2 * (blankRuns + 1) ? "blank-line" : "line";
}

const CLOSERS = new Set(["\u201d", "\u2019", '"', "'", ")", "]", "}", "\u00bb", "\u203a"]);
/** closers that cannot open a quote, so they close one even after a space */
const CURLY_CLOSERS = new Set(["\u201d", "\u00bb", "\u203a", ")", "]", "}"]);
const OPENERS = new Set(["\u201c", "\u2018", "\u201e", '"', "'", "(", "[", "{", "\u00ab", "\u2039"]);
const TERMINALS = new Set([".", "!", "?", "...", "\u2026", "\u203c", "\u2047", "\u2048", "\u2049"]);

/**
 * The tokens the splitter reads, by index: `Token[]` (toDocument) or offsets and kinds without Token
 * objects (sentenceSpans). `surface(i)` is always `text.slice(start(i), end(i))` and `norm(i)` its
 * fold; the splitter asks for them only at the few tokens where it has to look at the characters.
 */
export interface TokenView {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  kind(i: number): TokenKind;
  surface(i: number): string;
  norm(i: number): string;
}

/** First characters of the TERMINALS and of runs of periods: cheap rejection before `surface`. */
function mayBeTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;
}

function isTerminalPunct(text: string, v: TokenView, i: number): boolean {
  if (v.kind(i) !== "punct" || !mayBeTerminal(text.charCodeAt(v.start(i)))) return false;
  const s = v.surface(i);
  return TERMINALS.has(s) || /^\.+$/.test(s);
}

function firstCharCase(s: string): "upper" | "lower" | "none" {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return "upper";
  if (c >= 97 && c <= 122) return "lower";
  if (c < 128) return "none";
  const ch = String.fromCodePoint(s.codePointAt(0)!);
  const up = ch.toUpperCase();
  const low = ch.toLowerCase();
  if (up === low) return "none";
  return ch === up ? "upper" : "lower";
}

/** How a word token that kept its final period may end a sentence; undefined for other tokens. */
function periodClass(text: string, v: TokenView, i: number): "never" | "starter" | "capital" | undefined {
  const end = v.end(i);
  if (v.kind(i) !== "word" || end - v.start(i) < 2 || text.charCodeAt(end - 1) !== 46) return undefined;
  const bare = v.surface(i).slice(0, -1);
  return abbreviationClass(bare) ?? "starter"; // dotted acronyms ("U.S.") and initials ("L.")
}

function isOpener(v: TokenView, i: number): boolean {
  return v.kind(i) === "punct" && OPENERS.has(v.surface(i));
}

/** Does a sentence end between token `t` (a terminal) and token `next`? */
function endsBefore(text: string, v: TokenView, t: number, next: number): boolean {
  const cls = periodClass(text, v, t);
  if (cls === "never") return false;
  if (cls === "starter") {
    if (isOpener(v, next)) return true;
    return v.kind(next) === "word" && firstCharCase(v.surface(next)) === "upper" && SENTENCE_STARTERS.has(v.norm(next));
  }
  if (cls === "capital") return isOpener(v, next) || (firstCharCase(v.surface(next)) === "upper");
  // plain . ! ? …
  const surface = v.surface(next);
  if (v.kind(next) === "punct" && (surface === "," || surface === ";" || surface === ":")) return false;
  return firstCharCase(surface) !== "lower";
}

/** Number of line breaks between two offsets (the text there is whitespace). */
function breaksBetween(text: string, from: number, to: number): number {
  let nl = 0;
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) nl++;
  return nl;
}

/** The line holding offset `at` starts with a space or tab (an indented paragraph). */
function indentFollows(text: string, at: number): boolean {
  const nl = text.lastIndexOf("\n", at);
  const c = text.charCodeAt(nl + 1);
  return nl >= 0 && nl + 1 < at && (c === 32 || c === 9);
}

/**
 * THE sentence splitter, over any token view: calls `onSentence(first, last, paragraph)` with the
 * indices of each sentence's first and last token, in order. `mode` default: detected from `text`
 * between the first token's start and the last token's end.
 */
export function splitTokenView(text: string, v: TokenView, onSentence: (first: number, last: number, paragraph: number) => void, mode?: ParagraphMode): void {
  const n = v.length;
  if (n === 0) return;
  mode ??= detectParagraphMode(text, v.start(0), v.end(n - 1));
  let first = 0;
  let paragraph = 0;
  let i = 0;
  while (i < n) {
    let last = i;
    let end = i === n - 1;
    if (!end && (isTerminalPunct(text, v, i) || periodClass(text, v, i) !== undefined)) {
      let j = i + 1;
      // closing quotes, brackets and more terminals belong to this sentence: attached ones always
      // (`Stop.”`), spaced ones when unambiguous on the same line (`happens. ”`, `so on . . .`)
      while (j < n) {
        const attached = v.start(j) === v.end(j - 1);
        if (attached ? CLOSERS.has(v.surface(j)) || isTerminalPunct(text, v, j)
          : (CURLY_CLOSERS.has(v.surface(j)) || isTerminalPunct(text, v, j)) && breaksBetween(text, v.end(j - 1), v.start(j)) === 0) j++;
        else break;
      }
      if (j >= n || endsBefore(text, v, i, j)) {
        last = j - 1;
        end = true;
      }
    }
    let nl = 0;
    if (last + 1 < n) {
      nl = breaksBetween(text, v.end(last), v.start(last + 1));
      if (nl === 1 && mode === "wrapped" && indentFollows(text, v.start(last + 1))) nl = 2; // indented paragraph
      if (!end && nl > 0 && (nl >= 2 || (mode !== "wrapped" && firstCharCase(v.surface(last + 1)) !== "lower"))) end = true;
    } else {
      end = true;
    }
    if (end) {
      onSentence(first, last, paragraph);
      if (nl >= 2 || (nl === 1 && mode === "line")) paragraph++;
      first = last + 1;
    }
    i = last + 1;
  }
}

/** A Token[] as a TokenView. */
class TokenArrayView implements TokenView {
  constructor(private readonly tokens: Token[]) {}
  get length(): number {
    return this.tokens.length;
  }
  start(i: number): number {
    return this.tokens[i].start;
  }
  end(i: number): number {
    return this.tokens[i].end;
  }
  kind(i: number): TokenKind {
    return this.tokens[i].kind;
  }
  surface(i: number): string {
    return this.tokens[i].surface;
  }
  norm(i: number): string {
    return this.tokens[i].norm;
  }
}

/**
 * Split the tokens of `text` into sentences; fills each token's `sentence` index (mutates `tokens`)
 * and returns sentences whose offsets run from their first token's start to their last token's end.
 */
export function splitSentences(text: string, tokens: Token[], options: SplitOptions = {}): Sentence[] {
  const sentences: Sentence[] = [];
  splitTokenView(text, new TokenArrayView(tokens), (first, last, paragraph) => {
    const index = sentences.length;
    for (let k = first; k <= last; k++) tokens[k].sentence = index;
    sentences.push({ start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1, paragraph });
  }, options.paragraphs);
  return sentences;
}
