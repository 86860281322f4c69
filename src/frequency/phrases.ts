/**
 * Multi-word names found from the text itself ("Vladimir Putin", "White House", "Truth Social").
 *
 * Measured before choosing (bundled story, 5 articles): compromise 14.17 `.topics()` runs at about
 * 0.05 MB/s, misses "Truth Social", "Reality Social" and "White Home", and returns fragments such as
 * "Trump drew" and "China —"; wink-nlp's English lite model has no person/organisation entities. So
 * no dependency: a capitalised-sequence candidate extractor plus two corpus statistics.
 *
 * 1. Candidates: maximal runs of capitalised words inside one sentence with no punctuation between
 *    them, stopwords trimmed from both ends ("The Kremlin" → "Kremlin").
 * 2. Boundaries by accessor variety (Feng et al. 2004): a capitalised word followed, across the
 *    corpus, by at least `variety` distinct capitalised words is a title or modifier ("President"
 *    precedes Donald, Vladimir, Joe, Volodymyr...), so a run is cut after it; likewise a word preceded
 *    by that many distinct capitalised words ("Putin" after Vladimir, President, Russian...) is cut
 *    before it unless the pair is itself frequent. "President Vladimir Putin" → "Vladimir Putin".
 * 3. Association: every adjacent pair inside a kept span must be a collocation, by Dunning's
 *    log-likelihood G² of the 2×2 table (pair, first word elsewhere, second word elsewhere, rest)
 *    over all word bigrams of the corpus, at least `minG2` (10.83 = p < 0.001 with 1 d.f.).
 *    A word with that many distinct right neighbours does not end a name either ("Russian
 *    President" before "Vladimir Putin" is dropped, not kept as a name).
 * 4. A span of 2..maxWords words seen at least `minCount` times (as a span, case folded) is a phrase.
 */
import type { Document, Token } from "../text/types";
import { g2Table } from "./stats";

export interface Phrase {
  /** folded words joined by spaces: the counting key */
  key: string;
  /** most common written form */
  display: string;
  /** occurrences as a kept span */
  count: number;
  /** smallest pair G² inside the phrase */
  g2: number;
}

export interface PhraseOptions {
  stopwords: ReadonlySet<string>;
  /** default 2 */
  minCount?: number;
  /** default 4 */
  maxWords?: number;
  /** distinct capitalised neighbours that make a boundary; default 3 */
  variety?: number;
  /** default 10.83 */
  minG2?: number;
}

/**
 * Letter-initial capitalised word ("Putin", "U.S.", "McGrath", "NATO"); all-lower words, numbers,
 * and shouted all-capitals words longer than four letters ("GOING TO GET WORSE") are not.
 */
function capitalised(t: Token): boolean {
  if (t.kind !== "word") return false;
  const s = t.surface;
  const c = s.charAt(0);
  if (c === c.toLowerCase() || c !== c.toUpperCase()) return false;
  return s.length <= 4 || s !== s.toUpperCase();
}

/** Runs of consecutive capitalised word tokens inside a sentence (as token index lists). */
function capitalisedRuns(doc: Document): Token[][] {
  const runs: Token[][] = [];
  let cur: Token[] = [];
  let sentence = -1;
  for (const t of doc.tokens) {
    if (t.sentence !== sentence || !capitalised(t)) {
      if (cur.length > 1) runs.push(cur);
      cur = [];
      sentence = t.sentence;
    }
    if (capitalised(t)) cur.push(t);
  }
  if (cur.length > 1) runs.push(cur);
  return runs;
}

export function findPhrases(docs: Document[], options: PhraseOptions): Phrase[] {
  const { stopwords } = options;
  const minCount = options.minCount ?? 2;
  const maxWords = options.maxWords ?? 4;
  const variety = options.variety ?? 3;
  const minG2 = options.minG2 ?? 10.83;

  // Word and bigram counts over all adjacent word pairs in a sentence (for G²).
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  let pairs = 0;
  for (const doc of docs) {
    let prev: Token | null = null;
    for (const t of doc.tokens) {
      if (t.kind !== "word") {
        prev = null;
        continue;
      }
      unigram.set(t.norm, (unigram.get(t.norm) ?? 0) + 1);
      if (prev && prev.sentence === t.sentence) {
        const k = prev.norm + " " + t.norm;
        bigram.set(k, (bigram.get(k) ?? 0) + 1);
        pairs++;
      }
      prev = t;
    }
  }

  // Candidate runs, trimmed of stopwords, and the varieties of their neighbours.
  const runs: Token[][] = [];
  const right = new Map<string, Set<string>>();
  const left = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (let run of capitalisedRuns(doc)) {
      let a = 0;
      let b = run.length;
      while (a < b && stopwords.has(run[a].norm)) a++;
      while (b > a && stopwords.has(run[b - 1].norm)) b--;
      run = run.slice(a, b);
      if (run.length < 2) continue;
      runs.push(run);
      for (let i = 0; i + 1 < run.length; i++) {
        addTo(right, run[i].norm, run[i + 1].norm);
        addTo(left, run[i + 1].norm, run[i].norm);
      }
    }
  }

  const pairG2 = (a: string, b: string): number => {
    const ab = bigram.get(a + " " + b) ?? 0;
    return g2Table(ab, (unigram.get(a) ?? 0) - ab, (unigram.get(b) ?? 0) - ab, pairs);
  };
  const cut = (a: string, b: string): boolean =>
    (right.get(a)?.size ?? 0) >= variety ||
    ((left.get(b)?.size ?? 0) >= variety && (bigram.get(a + " " + b) ?? 0) < minCount * 2) ||
    pairG2(a, b) < minG2;

  const spans = new Map<string, { count: number; forms: Map<string, number>; g2: number }>();
  for (const run of runs) {
    let start = 0;
    for (let i = 1; i <= run.length; i++) {
      if (i < run.length && !cut(run[i - 1].norm, run[i].norm)) continue;
      let span = run.slice(start, i);
      start = i;
      // A title or modifier cannot end a name: "Russian President" (before a cut) is not one.
      while (span.length > 0 && (right.get(span[span.length - 1].norm)?.size ?? 0) >= variety) span = span.slice(0, -1);
      if (span.length < 2 || span.length > maxWords) continue;
      const key = span.map((t) => t.norm).join(" ");
      const form = span.map((t) => t.surface).join(" ");
      let entry = spans.get(key);
      if (!entry) {
        let g2 = Infinity;
        for (let k = 0; k + 1 < span.length; k++) g2 = Math.min(g2, pairG2(span[k].norm, span[k + 1].norm));
        entry = { count: 0, forms: new Map(), g2 };
        spans.set(key, entry);
      }
      entry.count++;
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    }
  }

  const phrases: Phrase[] = [];
  for (const [key, e] of spans) {
    if (e.count < minCount) continue;
    phrases.push({ key, display: mostCommon(e.forms), count: e.count, g2: round(e.g2, 2) });
  }
  return phrases.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function addTo(m: Map<string, Set<string>>, k: string, v: string): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(v);
}

/** The most frequent key; ties go to the one seen first. */
export function mostCommon(forms: Map<string, number>): string {
  let best = "";
  let n = -1;
  for (const [form, c] of forms) {
    if (c > n) {
      best = form;
      n = c;
    }
  }
  return best;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
