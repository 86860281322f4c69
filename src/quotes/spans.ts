/**
 * Quotation-mark spans: where each quotation opens and closes, before anyone asks who said it.
 *
 * Works on the cleaned text line by line (a paragraph is a non-empty line: blanked boilerplate lines
 * are all spaces and count as empty, so a removed reader comment yields nothing). Handles curly and
 * straight double quotes, the journalistic multi-paragraph quote (a paragraph left open, the next one
 * opening again), a quote never closed before its paragraph ends, and a closing mark typed where an
 * opening one belongs (`Putin ” is attempting …”`). Single quotes are left alone: inside a double quote
 * they are nested quotes, elsewhere they are mostly apostrophes.
 */
import type { QuotePart } from "./types";

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface QuoteSpan {
  markStart: number;
  markEnd: number;
  /** the quoted words, marks excluded, trimmed, one part per paragraph */
  parts: QuotePart[];
  closed: boolean;
  /** paragraph index of the opening mark and of the last part */
  paragraph: number;
  lastParagraph: number;
}

const OPENERS = new Set(["“", "„", "«"]);
const CLOSERS = new Set(["”", "»"]);
const STRAIGHT = '"';
const MARK_CODES = new Set([...OPENERS, ...CLOSERS, STRAIGHT].map((m) => m.charCodeAt(0)));
const isMarkCode = (c: number): boolean => (c === 34 || c >= 0xab) && MARK_CODES.has(c);

/** Non-empty lines with their offsets; `index` counts only non-empty lines. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const i = nl < 0 ? text.length : nl;
    let s = lineStart;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
    lineStart = i + 1;
  }
  return out;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Trim whitespace off a part; null when nothing is left. */
function trimPart(text: string, start: number, end: number): QuotePart | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** True when the character at i can open a quotation (given no quotation is open). */
function canOpen(text: string, i: number): boolean {
  const ch = text[i];
  if (OPENERS.has(ch) || ch === STRAIGHT) return true;
  // a closing mark typed as an opener: preceded by a space or the line start
  return CLOSERS.has(ch) && isSpace(text[i - 1]);
}

/** Every quotation span in the text, in order. */
export function findQuoteSpans(text: string, paras: Paragraph[] = paragraphs(text)): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { markStart: number; partStart: number; parts: QuotePart[]; paragraph: number } | null = null;

  const finish = (end: number, markEnd: number, closed: boolean, lastParagraph: number) => {
    if (!open) return;
    const part = trimPart(text, open.partStart, end);
    if (part) open.parts.push(part);
    if (open.parts.length > 0) {
      spans.push({ markStart: open.markStart, markEnd, parts: open.parts, closed, paragraph: open.paragraph, lastParagraph });
    }
    open = null;
  };

  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    let i = para.start;
    if (open) {
      // left open by the previous paragraph: a new paragraph opening again continues the same quotation
      if (canOpen(text, para.start)) {
        const prev = open as { partStart: number; parts: QuotePart[] };
        const part = trimPart(text, prev.partStart, paras[p - 1].end);
        if (part) prev.parts.push(part);
        prev.partStart = para.start + 1;
        i = para.start + 1;
      } else {
        finish(paras[p - 1].end, paras[p - 1].end, false, p - 1);
      }
    }
    for (; i < para.end; i++) {
      // most characters are no quotation mark: test the code unit before building a string (the
      // overlap filter runs this over every article of a large corpus)
      if (!isMarkCode(text.charCodeAt(i))) continue;
      const ch = text[i];
      if (!open) {
        if (canOpen(text, i)) open = { markStart: i, partStart: i + 1, parts: [], paragraph: p };
        continue;
      }
      if (CLOSERS.has(ch) || ch === STRAIGHT) {
        finish(i, i + 1, true, p);
        continue;
      }
      // an opening mark while a quotation is open
      if (isSpace(text[i + 1]) || /[.,;:!?]/.test(text[i + 1])) {
        finish(i, i + 1, true, p); // “ typed where ” belongs (`principles “ of`): nothing follows it
      } else {
        finish(i, i, false, p); // the previous quotation was never closed: start again here
        open = { markStart: i, partStart: i + 1, parts: [], paragraph: p };
      }
    }
    if (open && p === paras.length - 1) finish(para.end, para.end, false, p);
  }
  return spans;
}
