/**
 * Pair scores and the relation a reader understands. Independent reports of one event share facts and,
 * above all, QUOTES (the same statement, the same press release), so aligned text inside quotation marks
 * (on either side) counts towards `shared` but not towards copy/rewrite: only shared narration — the
 * reporter's own words — makes a copy or a rewrite.
 */
import type { Document } from "../text/types";
import { findQuoteSpans } from "../quotes/spans";
import { DEFAULT_ALIGN, type Alignment, type Passage, type SentencePair } from "./align";
import type { SentenceView } from "./normalise";

/**
 * In order of precedence: `copy` (≥ half of one side's narration aligned, mostly word for word), `rewrite`
 * (the same, mostly reworded), `shared passage` (a few narration sentences in common — verbatim, or
 * reworded at similarity ≥ 0.8 — but under half of either side's narration), `shared quotes` (only
 * quotations in common), `same story` (loosely similar sentences, or shared names and numbers),
 * `unrelated`.
 */
export type Relation = "copy" | "rewrite" | "shared passage" | "shared quotes" | "same story" | "unrelated";

export interface RelationThresholds {
  /** share of an article's own narration (outside quotes) aligned with the other: copy or rewrite above it */
  narration: number;
  /** share of aligned words in verbatim passages above which a copy is a copy rather than a rewrite */
  verbatim: number;
  /** shared rare tokens (names, numbers) for `same story` */
  sameStory: number;
  /** similarity a reworded narration sentence pair needs to count as a shared passage (verbatim pairs always count) */
  passage: number;
  /** words a narration sentence needs (on the shorter side) to count as a shared passage */
  passageWords: number;
}

export const DEFAULT_RELATION: RelationThresholds = { narration: 0.5, verbatim: 0.6, sameStory: 0.15, passage: 0.8, passageWords: 6 };

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
  /** narration sentence pairs that count as a shared passage (verbatim, or reworded at ≥ `passage`) */
  narration_sentences: number;
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
const pct = (x: number) => `${Math.round(x * 100)}%`;
/** "1 sentence", "2 sentences" */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const sum = (xs: Int32Array) => xs.reduce((s, x) => s + x, 0);

/** An article's names and numbers, once per views array (a small corpus scores every pair). */
const rareOfViews = new WeakMap<SentenceView[], Set<string>>();
function rareSet(views: SentenceView[]): Set<string> {
  let s = rareOfViews.get(views);
  if (!s) rareOfViews.set(views, (s = new Set(views.flatMap((v) => [...v.rare]))));
  return s;
}

function rareOverlap(va: SentenceView[], vb: SentenceView[]): number {
  const ra = rareSet(va);
  const rb = rareSet(vb);
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
  verbatimBar: number = DEFAULT_ALIGN.verbatim,
): PairScore {
  const totalA = Math.max(1, sum(wa.words));
  const totalB = Math.max(1, sum(wb.words));
  const narrA = Math.max(1, totalA - sum(wa.quoted));
  const narrB = Math.max(1, totalB - sum(wb.quoted));
  const narration: SentencePair[] = [];
  let sharedA = 0, sharedB = 0, verbA = 0, verbB = 0, ownA = 0, ownB = 0, quotedAligned = 0, moved = 0;
  for (const p of al.pairs) {
    const na = wa.words[p.i];
    const nb = wb.words[p.j];
    sharedA += na;
    sharedB += nb;
    if (p.edit >= verbatimBar) { verbA += na; verbB += nb; }
    if (p.how === "moved") moved++;
    // quoted on either side: the sentence is a quotation both reports repeat, not narration
    const quoted = wa.quoted[p.i] / Math.max(1, na) >= 0.5 || wb.quoted[p.j] / Math.max(1, nb) >= 0.5;
    if (quoted) quotedAligned += na;
    else {
      ownA += na - wa.quoted[p.i];
      ownB += nb - wb.quoted[p.j];
      if (Math.min(na, nb) >= t.passageWords && (p.edit >= verbatimBar || p.similarity >= t.passage)) narration.push(p);
    }
  }
  const narrationA = ownA / narrA;
  const narrationB = ownB / narrB;
  const quotedShare = sharedA === 0 ? 0 : quotedAligned / sharedA;
  const verbatimShare = sharedA === 0 ? 0 : verbA / sharedA;
  const rare = rareOverlap(va, vb);
  const ids = [al.a, al.b];
  const [narr, who] = narrationA >= narrationB ? [narrationA, 0] : [narrationB, 1];
  const narrationOf = `${pct(narr)} of ${ids[who]}'s narration (its words outside quotation marks) is aligned with ${ids[1 - who]}`;
  const bestLoose = al.pairs.reduce((m, p) => Math.max(m, p.similarity), 0);
  let relation: Relation;
  let note: string;
  if (narr >= t.narration) {
    relation = verbatimShare >= t.verbatim ? "copy" : "rewrite";
    note = relation === "copy"
      ? `${narrationOf}, ${pct(verbatimShare)} of the aligned words word for word`
      : `${narrationOf}, sentence by sentence, but only ${pct(verbatimShare)} of the aligned words word for word: the same text in other words`;
  } else if (narration.length > 0) {
    relation = "shared passage";
    const verbatim = narration.filter((p) => p.edit >= verbatimBar).length;
    const best = [...narration].sort((x, y) => wa.words[y.i] - wa.words[x.i])[0];
    const text = a.article.text.slice(a.sentences[best.i].start, a.sentences[best.i].end).replace(/\s+/g, " ");
    note = `${plural(narration.length, "sentence")} of narration shared (${verbatim} word for word, ${narration.length - verbatim} reworded), e.g. "${text.length > 90 ? text.slice(0, 89) + "…" : text}"; only ${narrationOf}: a shared passage, not a copy of the article`;
  } else if (quotedAligned > 0 || quoteMatches > 0) {
    relation = "shared quotes";
    note = quotedAligned > 0
      ? `they repeat the same quotations (${plural(quoteMatches, "matched quote")}; ${pct(quotedShare)} of the aligned words are in sentences that are mostly quotation) and share no passage of narration`
      : `they repeat the same ${quoteMatches === 1 ? "quotation" : "quotations"} (${plural(quoteMatches, "matched quote")}, inside sentences that are otherwise different) and share no passage of narration`;
  } else if (al.pairs.length > 0) {
    relation = "same story";
    note = `no shared passage of narration: ${plural(al.pairs.length, "loosely similar sentence")} aligned (best similarity ${bestLoose.toFixed(2)}, none both close and ${t.passageWords}+ words long); ${pct(rare)} of their names and numbers are shared`;
  } else if (rare >= t.sameStory) {
    relation = "same story";
    note = `no aligned sentence; ${pct(rare)} of their names and numbers are shared`;
  } else {
    relation = "unrelated";
    note = `no aligned sentence; ${pct(rare)} of names and numbers shared`;
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
      narration_sentences: narration.length,
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
