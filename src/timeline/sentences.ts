/**
 * Sentence bounds for the timeline: the shared Document's sentences when the caller has one (the
 * report), else the same bounds from `sentenceSpans`, which splits by the same rules without
 * building Token objects (the CLI command, which needs nothing else from a Document).
 */
import type { Article } from "../corpus/article";
import type { Document } from "../text/types";
import * as document from "../text/document";

// module-level copy: imported bindings compile to getter calls under CommonJS
const { sentenceSpans } = document;

export interface Bounds {
  start: number;
  end: number;
}

/** The document's sentences when given (a Sentence is a Bounds: no copy), else `sentenceSpans`' as Bounds. */
export function sentenceBounds(article: Article, doc?: Document): Bounds[] {
  if (doc) return doc.sentences;
  const spans = sentenceSpans(article);
  const out: Bounds[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = { start: spans.starts[i], end: spans.ends[i] };
  return out;
}

/**
 * The longest stretch the timeline reads as one sentence, in characters. Every mention carries its
 * sentence, and the tense cues, the event grouping and chrono itself look through it, so a
 * "sentence" as long as the text (a schedule, a results table, text without full stops) made time
 * and output grow with the square of its length. A real news sentence is far shorter (the longest
 * in 750 allsides articles holding a date: 906 characters).
 */
export const MAX_SENTENCE_CHARS = 1000;

const isSpaceAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
};

/**
 * `bounds` with every sentence longer than MAX_SENTENCE_CHARS cut into pieces of at most that
 * length, at the last white space in the second half of each piece (mid-word only when there is
 * none); the same array when no sentence is that long.
 */
export function limitSentences(text: string, bounds: Bounds[]): Bounds[] {
  if (!bounds.some((b) => b.end - b.start > MAX_SENTENCE_CHARS)) return bounds;
  const out: Bounds[] = [];
  for (const b of bounds) {
    let start = b.start;
    while (b.end - start > MAX_SENTENCE_CHARS) {
      let cut = start + MAX_SENTENCE_CHARS;
      let space = cut;
      while (space > start + MAX_SENTENCE_CHARS / 2 && !isSpaceAt(text, space)) space--;
      if (isSpaceAt(text, space)) cut = space;
      else if (text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) <= 0xdbff) cut--; // not inside a surrogate pair
      let end = cut;
      while (end > start && isSpaceAt(text, end - 1)) end--;
      out.push({ start, end });
      start = cut;
      while (start < b.end && isSpaceAt(text, start)) start++;
    }
    if (start < b.end) out.push({ start, end: b.end });
  }
  return out;
}
