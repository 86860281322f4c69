/**
 * Pair scores and the relation a reader understands. Independent reports of one event share facts and,
 * above all, QUOTES (the same statement, the same press release), so aligned text inside quotation marks
 * (on either side) counts towards `shared` but not towards copy/rewrite: only shared narration — the
 * reporter's own words — makes a copy or a rewrite.
 */
import type { Document } from "../text/types";
import { findQuoteSpans } from "../quotes/spans";
import type { Alignment, Passage } from "./align";
import type { SentenceView } from "./normalise";

export type Relation = "copy" | "rewrite" | "shared quotes" | "same story" | "unrelated";

export interface RelationThresholds {
  /** share of an article's own narration (outside quotes) aligned with the other: copy or rewrite above it */
  narration: number;
  /** share of aligned words in verbatim passages above which a copy is a copy rather than a rewrite */
  verbatim: number;
  /** shared rare tokens (names, numbers) for `same story` */
  sameStory: number;
}

export const DEFAULT_RELATION: RelationThresholds = { narration: 0.5, verbatim: 0.6, sameStory: 0.15 };

export interface PairEvidence {
  /** aligned sentences / all sentences, each side */
  aligned_sentences_a: number;
  aligned_sentences_b: number;
  sentences_a: number;
  sentences_b: number;
  /** share of each side's narration (words outside quotation marks) inside aligned passages */
  narration_a: number;
  narration_b: number;
  /** share of the aligned words that sit inside quotation marks */
  quoted_share: number;
  /** names/numbers shared, Jaccard */
  rare_overlap: number;
  /** pairs aligned out of order (moved passages) */
  moved: number;
  /** the longest passage, with both texts */
  longest?: { a_start: number; a_end: number; b_start: number; b_end: number; kind: string; similarity: number; text_a: string; text_b: string };
  /** one sentence saying why the relation was chosen */
  note: string;
}

export interface PairScore {
  a: string;
  b: string;
  shared_a: number;
  shared_b: number;
  verbatim_a: number;
  verbatim_b: number;
  relation: Relation;
  evidence: PairEvidence;
}

/** Per character of the text: 1 inside quotation marks (the quotes helper's span finder). */
export function quotedMask(doc: Document): Uint8Array {
  const mask = new Uint8Array(doc.article.text.length);
  for (const span of findQuoteSpans(doc.article.text)) mask.fill(1, span.markStart, span.markEnd);
  return mask;
}

/** Words per sentence, and how many of them sit inside quotation marks. */
export interface SentenceWords {
  words: Int32Array;
  quoted: Int32Array;
}

export function sentenceWords(doc: Document, mask: Uint8Array = quotedMask(doc)): SentenceWords {
  const words = new Int32Array(doc.sentences.length);
  const quoted = new Int32Array(doc.sentences.length);
  for (const t of doc.tokens) {
    if (t.kind !== "word" && t.kind !== "number") continue;
    words[t.sentence]++;
    if (mask[t.start]) quoted[t.sentence]++;
  }
  return { words, quoted };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const sum = (xs: Int32Array) => xs.reduce((s, x) => s + x, 0);

function rareOverlap(va: SentenceView[], vb: SentenceView[]): number {
  const ra = new Set(va.flatMap((v) => [...v.rare]));
  const rb = new Set(vb.flatMap((v) => [...v.rare]));
  let i = 0;
  for (const r of ra) if (rb.has(r)) i++;
  const u = ra.size + rb.size - i;
  return u === 0 ? 0 : i / u;
}

export function scorePair(
  al: Alignment,
  a: Document,
  b: Document,
  wa: SentenceWords,
  wb: SentenceWords,
  va: SentenceView[],
  vb: SentenceView[],
  quoteMatches: number,
  t: RelationThresholds = DEFAULT_RELATION,
): PairScore {
  const totalA = Math.max(1, sum(wa.words));
  const totalB = Math.max(1, sum(wb.words));
  const narrA = Math.max(1, totalA - sum(wa.quoted));
  const narrB = Math.max(1, totalB - sum(wb.quoted));
  let sharedA = 0, sharedB = 0, verbA = 0, verbB = 0, ownA = 0, ownB = 0, quotedAligned = 0, moved = 0;
  for (const p of al.pairs) {
    const na = wa.words[p.i];
    const nb = wb.words[p.j];
    sharedA += na;
    sharedB += nb;
    if (p.lcs >= 0.8) { verbA += na; verbB += nb; }
    if (p.how === "moved") moved++;
    // quoted on either side: the sentence is a quotation both reports repeat, not narration
    const quoted = wa.quoted[p.i] / Math.max(1, na) >= 0.5 || wb.quoted[p.j] / Math.max(1, nb) >= 0.5;
    if (quoted) quotedAligned += na;
    else { ownA += na - wa.quoted[p.i]; ownB += nb - wb.quoted[p.j]; }
  }
  const narrationA = ownA / narrA;
  const narrationB = ownB / narrB;
  const quotedShare = sharedA === 0 ? 0 : quotedAligned / sharedA;
  const verbatimShare = sharedA === 0 ? 0 : verbA / sharedA;
  const rare = rareOverlap(va, vb);
  let relation: Relation;
  let note: string;
  const narr = Math.max(narrationA, narrationB);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (narr >= t.narration) {
    relation = verbatimShare >= t.verbatim ? "copy" : "rewrite";
    note = relation === "copy"
      ? `${pct(narr)} of one article's own narration is aligned with the other, ${pct(verbatimShare)} of it word for word`
      : `${pct(narr)} of one article's own narration is aligned with the other, sentence by sentence in the same order, but only ${pct(verbatimShare)} word for word: the same text in other words`;
  } else if (quotedAligned > 0 || quoteMatches > 0) {
    relation = "shared quotes";
    note = `they repeat the same quotations (${quoteMatches} matched quote${quoteMatches === 1 ? "" : "s"}, ${pct(quotedShare)} of the aligned text is inside quotation marks) but only ${pct(narr)} of their own narration is aligned`;
  } else if (rare >= t.sameStory || al.pairs.length > 0) {
    relation = "same story";
    note = `no shared passage of narration; ${pct(rare)} of their names and numbers are shared`;
  } else {
    relation = "unrelated";
    note = `no aligned passage; ${pct(rare)} of names and numbers shared`;
  }
  let longest: Passage | undefined;
  for (const p of al.passages) if (!longest || p.a_end - p.a_start > longest.a_end - longest.a_start) longest = p;
  return {
    a: al.a,
    b: al.b,
    shared_a: round(sharedA / totalA),
    shared_b: round(sharedB / totalB),
    verbatim_a: round(verbA / totalA),
    verbatim_b: round(verbB / totalB),
    relation,
    evidence: {
      aligned_sentences_a: new Set(al.pairs.map((p) => p.i)).size,
      aligned_sentences_b: new Set(al.pairs.map((p) => p.j)).size,
      sentences_a: a.sentences.length,
      sentences_b: b.sentences.length,
      narration_a: round(narrationA),
      narration_b: round(narrationB),
      quoted_share: round(quotedShare),
      rare_overlap: round(rare),
      moved,
      longest: longest && {
        a_start: longest.a_start, a_end: longest.a_end, b_start: longest.b_start, b_end: longest.b_end,
        kind: longest.kind, similarity: longest.similarity,
        text_a: a.article.text.slice(longest.a_start, longest.a_end),
        text_b: b.article.text.slice(longest.b_start, longest.b_end),
      },
      note,
    },
  };
}
