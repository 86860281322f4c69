/**
 * Finds the temporal expressions of an article: sentence by sentence, with the parsers each sentence
 * holds words for (parse.ts runs configuration.ts), then resolved against the reference date
 * (resolve.ts). chrono is slow per call on long texts, hence sentences, and only those worth it.
 */
import type { Article } from "../corpus/article";
import type { Document } from "../text/types";
import type { Draft, Mention } from "./types";
import type * as chrono from "chrono-node";
import { specOf } from "./parsers/spec";
import { parserMask, parseText } from "./parse";
import { CANDIDATE_BIT } from "./word-scan";
import { limitSentences, sentenceBounds, type Bounds } from "./sentences";
import { resolveMentions } from "./resolve";
import { parseDay, type Day } from "./timex";
import { mergeUnanchored, PROBE_REFERENCES } from "./unanchored";

export interface ExtractOptions {
  /** reference date (YYYY-MM-DD or ISO); default article.published */
  reference?: string | null;
  /** the article's Document when the caller already has it (its sentences are used) */
  doc?: Document;
  /** the article's sentence bounds when the caller already has them (saves splitting twice) */
  sentences?: Bounds[];
  /** false when the caller already looked for a date in the text to count from and found none (saves a pass) */
  estimate?: boolean;
}

/** chrono takes a local-time Date; noon keeps the calendar day stable whatever the time zone. */
export function chronoReference(day: Day): Date {
  return new Date(day.y, day.m - 1, day.d, 12, 0, 0);
}

/** The last reference day and its Date: an article's sentences all share one day, so one Date (chrono does not change it). */
let lastDay: Day | null = null;
let lastDate = new Date(0);
function referenceDate(day: Day): Date {
  if (day !== lastDay) {
    lastDay = day;
    lastDate = chronoReference(day);
  }
  return lastDate;
}

/** Runs the parsers over one stretch of text, returning drafts with offsets shifted by `base`. */
export function extractFromText(text: string, reference: Day, base = 0, sentence?: Bounds, sentenceIndex = 0): Draft[] {
  return draftsOf(text, parseText(text, referenceDate(reference)), base, sentence, sentenceIndex);
}

function draftsOf(text: string, results: chrono.ParsingResult[], base: number, sentence: Bounds | undefined, sentenceIndex: number): Draft[] {
  const out: Draft[] = [];
  for (const r of results) {
    const spec = specOf(r);
    if (!spec || !spec.value) continue;
    out.push({
      start: base + r.index,
      end: base + r.index + r.text.length,
      text: r.text,
      spec,
      sentence: sentence ?? { start: base, end: base + text.length },
      sentenceIndex,
    });
  }
  return out;
}

/**
 * An article's sentences with the parsers worth running on each (parserMask), found once per article
 * and read on the article's own text (a sentence cut out of it is a sliced string, slower to scan);
 * the estimate of the publication date and the unanchored probes reuse them.
 */
interface Sentences {
  bounds: Bounds[];
  masks: Int32Array;
}

function sentencesOf(article: Article, given: Bounds[]): Sentences {
  const bounds = limitSentences(article.text, given);
  const masks = new Int32Array(bounds.length);
  for (let i = 0; i < bounds.length; i++) masks[i] = parserMask(article.text, bounds[i].start, bounds[i].end);
  return { bounds, masks };
}

/** The drafts of every sentence, on sentences worth it only (what extractFromText gives on each). */
function extractDrafts(article: Article, sentences: Sentences, reference: Day): Draft[] {
  const { bounds, masks } = sentences;
  const date = referenceDate(reference);
  const drafts: Draft[] = [];
  for (let i = 0; i < bounds.length; i++) {
    if (!(masks[i] & CANDIDATE_BIT)) continue;
    const s = bounds[i];
    const text = article.text.slice(s.start, s.end);
    for (const d of draftsOf(text, parseText(text, date, masks[i]), s.start, s, i)) drafts.push(d);
  }
  return drafts;
}

/**
 * Every temporal expression of an article, normalised (TIMEX3) and resolved against the reference
 * date: `options.reference`, else the article's publication date, else the latest full date the
 * article itself states (estimatePublished; the caller marks it estimated). With none of these,
 * values that depend on the reference stay unanchored (XXXX-WXX-5; see unanchored.ts).
 */
export function extractMentions(article: Article, options: ExtractOptions = {}): Mention[] {
  return mentionsOf(article, sentencesOf(article, options.sentences ?? sentenceBounds(article, options.doc)), options.reference, options.estimate ?? true);
}

function mentionsOf(article: Article, sentences: Sentences, referenceText: string | null | undefined, estimate: boolean): Mention[] {
  const reference = parseDay(referenceText ?? article.published) ?? (estimate ? estimateFrom(article, sentences) : null);
  if (!reference) {
    // No date to count from: see unanchored.ts.
    const [a, b] = PROBE_REFERENCES.map((r) => mentionsOf(article, sentences, r, false));
    return mergeUnanchored(a, b);
  }
  return resolveMentions(article, extractDrafts(article, sentences, reference), reference);
}

/**
 * A publication date guessed from the text when the metadata has none: the latest fully written
 * date (day, month and year) the article states. Null when it states none. Callers mark it estimated.
 */
export function estimatePublished(article: Article, sentences: Document | Bounds[] = sentenceBounds(article)): Day | null {
  return estimateFrom(article, sentencesOf(article, Array.isArray(sentences) ? sentences : sentences.sentences));
}

function estimateFrom(article: Article, sentences: Sentences): Day | null {
  let best: string | null = null;
  for (const d of extractDrafts(article, sentences, { y: 2100, m: 1, d: 1 })) {
    if (/\d{4}/.test(d.text) && /^\d{4}-\d{2}-\d{2}/.test(d.spec.value) && (!best || d.spec.value > best)) best = d.spec.value.slice(0, 10);
  }
  return parseDay(best);
}
