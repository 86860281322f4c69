/**
 * Sentence bounds for the timeline: the text helper's toDocument when it works, else a simple local
 * splitter (full stop, question or exclamation mark before a capital or a quote; line breaks) so the
 * analysis never depends on another stage being finished.
 */
import type { Article } from "../corpus/article";
import type { Document } from "../text/types";
import { toDocument } from "../text/document";

export interface Bounds {
  start: number;
  end: number;
}

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|U\.S|U\.N|D\.C|a\.m|p\.m|[A-Z]))\.$/;

/** Splits `text` into sentences, skipping blank stretches (removed boilerplate). */
export function splitSentences(text: string): Bounds[] {
  const out: Bounds[] = [];
  const re = /[^\n]+/g;
  let line: RegExpExecArray | null;
  while ((line = re.exec(text))) {
    const base = line.index;
    const s = line[0];
    let start = 0;
    const end = /[.!?]["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9])/g;
    let m: RegExpExecArray | null;
    while ((m = end.exec(s))) {
      const stop = m.index + m[0].length;
      if (ABBREV.test(s.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      push(out, text, base + start, base + stop);
      start = stop;
    }
    push(out, text, base + start, base + s.length);
  }
  return out;
}

function push(out: Bounds[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Sentences from the shared Document model when available (same offsets), else the local splitter. */
export function sentenceBounds(article: Article, doc?: Document): Bounds[] {
  if (doc) return doc.sentences; // a Sentence is a Bounds: no copy
  try {
    return toDocument(article).sentences.map((s) => ({ start: s.start, end: s.end }));
  } catch {
    return splitSentences(article.text);
  }
}
