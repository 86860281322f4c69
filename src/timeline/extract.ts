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
import { formatDay, parseDay, type Day } from "./timex";
import { mergeUnanchored, PROBE_REFERENCES } from "./unanchored";

export interface ExtractOptions {
  /** reference date (YYYY-MM-DD or ISO); default: the one articleMentions decides on */
  reference?: string | null;
  /** the article's Document when the caller already has it (its sentences are used) */
  doc?: Document;
  /** the article's sentence bounds when the caller already has them (saves splitting twice) */
  sentences?: Bounds[];
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

/** The date an article's mentions count from, and where it came from. */
export interface Reference {
  /** YYYY-MM-DD, or null when there is none to count from (values stay unanchored: unanchored.ts) */
  published: string | null;
  /** the source marked its date estimated, or the timeline estimated it from the text */
  estimated: boolean;
}

/**
 * The one place that decides which date an article counts from: its publication date (from its
 * source, or given with `--published`: the loader fills that in and says so in `publishedFrom`),
 * else `given` (a caller's date for articles without one), else the latest full date the text states
 * (estimated). Returns the mentions resolved against it.
 */
export function articleMentions(article: Article, bounds: Bounds[], given?: string): Reference & { mentions: Mention[] } {
  const sentences = sentencesOf(article, bounds);
  let published = parseDay(article.published) ? article.published!.slice(0, 10) : given ?? null;
  let estimated = article.publishedEstimated;
  let day = parseDay(published);
  if (!published) {
    day = estimateFrom(article, sentences);
    if (day) {
      published = formatDay(day);
      estimated = true;
    }
  }
  return { published, estimated, mentions: mentionsAgainst(article, sentences, day) };
}

/**
 * Every temporal expression of an article, normalised (TIMEX3) and resolved against `options.reference`
 * when given, else against the date articleMentions decides on.
 */
export function extractMentions(article: Article, options: ExtractOptions = {}): Mention[] {
  const bounds = options.sentences ?? sentenceBounds(article, options.doc);
  const reference = parseDay(options.reference ?? null);
  return reference ? mentionsAgainst(article, sentencesOf(article, bounds), reference) : articleMentions(article, bounds).mentions;
}

function mentionsAgainst(article: Article, sentences: Sentences, reference: Day | null): Mention[] {
  if (!reference) {
    // No date to count from: see unanchored.ts.
    const [a, b] = PROBE_REFERENCES.map((r) => mentionsAgainst(article, sentences, parseDay(r)));
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
