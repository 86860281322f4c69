/**
 * The same quotation across articles, matched even when it differs, with a word-level diff. Two routes:
 *  - by text: the shorter quote's words appear, mostly in order, in the longer one (≥ 4 words);
 *  - by position: quotes sitting in ALIGNED sentences of two articles, taken in order — this is how a
 *    one-word quote changed by a rewriter ("brilliant" → "genius") is still paired.
 * Status: `same` (equal apart from case and punctuation), `excerpt` (one quotes part of the other),
 * `drift` (the words differ).
 */
import type { Document } from "../text/types";
import { findQuoteSpans } from "../quotes/spans";
import type { Alignment } from "./align";
import { diffText, diffWords, type DiffOp } from "./diff";

/** What matching needs from a quote (the quotes extractor's Quote has all of it). */
export interface QuoteLike {
  article: string;
  start: number;
  end: number;
  text: string;
  speaker?: string | null;
}

export interface QuoteMatch {
  a: string;
  b: string;
  a_start: number;
  a_end: number;
  b_start: number;
  b_end: number;
  text_a: string;
  text_b: string;
  speaker_a: string | null;
  speaker_b: string | null;
  /** share of the shorter quote's words found in order in the other */
  similarity: number;
  /** longest run of words the two share in a row */
  run: number;
  status: "same" | "excerpt" | "drift";
  /** the changes only ([-old-]{+new+} marks in `diff`) */
  changes: Array<{ a: string; b: string }>;
  diff: string;
  matched_by: "text" | "position";
}

export function quoteWords(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => m[0]);
}

/** Quote spans found by the quotes area's span finder, when no extracted quotes are given. */
export function quoteSpansOf(doc: Document): QuoteLike[] {
  return findQuoteSpans(doc.article.text).map((s) => ({
    article: doc.article.id,
    start: s.parts[0].start,
    end: s.parts[s.parts.length - 1].end,
    text: s.parts.map((p) => doc.article.text.slice(p.start, p.end)).join(" "),
    speaker: null,
  }));
}

export function compareQuotes(qa: QuoteLike, qb: QuoteLike, by: QuoteMatch["matched_by"]): QuoteMatch {
  const wa = quoteWords(qa.text);
  const wb = quoteWords(qb.text);
  const ops = diffWords(wa, wb);
  const common = ops.filter((o) => o.op === "equal").reduce((s, o) => s + o.a.length, 0);
  const shorter = Math.max(1, Math.min(wa.length, wb.length));
  const changed = ops.filter((o) => o.op !== "equal");
  const status: QuoteMatch["status"] =
    changed.length === 0 ? "same" : common === Math.min(wa.length, wb.length) ? "excerpt" : "drift";
  return {
    a: qa.article, b: qb.article,
    a_start: qa.start, a_end: qa.end, b_start: qb.start, b_end: qb.end,
    text_a: qa.text, text_b: qb.text,
    speaker_a: qa.speaker ?? null, speaker_b: qb.speaker ?? null,
    similarity: Math.round((common / shorter) * 1000) / 1000,
    run: ops.reduce((r, o) => (o.op === "equal" ? Math.max(r, o.a.length) : r), 0),
    status,
    changes: changed.map((o: DiffOp) => ({ a: o.a.join(" "), b: o.b.join(" ") })),
    diff: diffText(ops),
    matched_by: by,
  };
}

/**
 * Quotes of two articles that say the same words: the shorter has ≥ 4 words, ≥ 60% of them appear in
 * order in the other (75% for quotes under 10 words), at least 3 in a row (so scattered common words do not make a match).
 */
export function matchQuotesByText(qa: QuoteLike[], qb: QuoteLike[], minWords = 4, minShare = 0.6): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  const usedB = new Set<number>();
  for (const x of qa) {
    const wx = quoteWords(x.text);
    if (wx.length < minWords) continue;
    let best: QuoteMatch | null = null;
    let bestK = -1;
    qb.forEach((y, k) => {
      if (usedB.has(k)) return;
      const wy = quoteWords(y.text);
      if (wy.length < minWords) return;
      // two known, different speakers are two different quotations
      if (x.speaker && y.speaker && x.speaker !== y.speaker) return;
      const m = compareQuotes(x, y, "text");
      const need = Math.min(wx.length, wy.length) < 10 ? Math.max(minShare, 0.75) : minShare;
      if (m.similarity >= need && m.run >= 3 && (!best || m.similarity > best.similarity)) { best = m; bestK = k; }
    });
    if (best) { out.push(best); usedB.add(bestK); }
  }
  return out;
}

/** Quotes inside aligned sentence pairs, paired in order, when the text route has not paired them. */
export function matchQuotesByPosition(al: Alignment, a: Document, b: Document, qa: QuoteLike[], qb: QuoteLike[], already: QuoteMatch[]): QuoteMatch[] {
  const taken = new Set(already.flatMap((m) => [`a${m.a_start}`, `b${m.b_start}`]));
  const out: QuoteMatch[] = [];
  const inSentence = (qs: QuoteLike[], doc: Document, s: number) =>
    qs.filter((q) => q.start >= doc.sentences[s].start && q.start < doc.sentences[s].end);
  for (const p of al.pairs) {
    const xs = inSentence(qa, a, p.i);
    const ys = inSentence(qb, b, p.j);
    if (xs.length === 0 || xs.length !== ys.length) continue;
    xs.forEach((x, k) => {
      const y = ys[k];
      if (taken.has(`a${x.start}`) || taken.has(`b${y.start}`)) return;
      taken.add(`a${x.start}`);
      taken.add(`b${y.start}`);
      out.push(compareQuotes(x, y, "position"));
    });
  }
  return out;
}
