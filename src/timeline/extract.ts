/**
 * Finds temporal expressions in an article with chrono-node extended the way chrono itself is built:
 * `chrono.casual.clone()` keeps chrono's parsers for written-out dates and clock times, drops the ones
 * whose readings clash with news conventions (nearest-weekday, "last month" as a day, durations as
 * dates), and adds ours (one file each in parsers/) plus refiners (refiners/). chrono is slow per call
 * on long texts, so it runs sentence by sentence and only on sentences a cheap regex flags.
 */
import * as chrono from "chrono-node";
import type { Article } from "../corpus/article";
import type { Document } from "../text/types";
import type { Mention } from "./types";
import { specOf, type TimexSpec } from "./parsers/spec";
import { weekdayParser } from "./parsers/weekday";
import { relativePeriodParser } from "./parsers/relative-period";
import { agoParser } from "./parsers/ago";
import { durationParser, bareDurationParser } from "./parsers/duration";
import { yearParser } from "./parsers/year";
import { decadeParser } from "./parsers/decade";
import { quarterParser, yearAgoAdjectiveParser } from "./parsers/quarter";
import { seasonParser } from "./parsers/season";
import { monthParser } from "./parsers/month";
import { referenceWordParser } from "./parsers/reference-word";
import { setParser } from "./parsers/set";
import { partOfDayParser } from "./parsers/part-of-day";
import { anchoredParser } from "./parsers/anchored";
import { holidayParser } from "./parsers/holiday";
import { thePeriodParser } from "./parsers/the-period";
import { spelledYearParser } from "./parsers/spelled-year";
import { nativeTimexRefiner } from "./refiners/native-timex";
import { mergeDayTimeRefiner } from "./refiners/merge-day-time";
import { modifierRefiner } from "./refiners/modifier";
import { notADateRefiner } from "./refiners/not-a-date";
import { trimPrepositionRefiner } from "./refiners/trim-preposition";
import { sentenceBounds, type Bounds } from "./sentences";
import { resolveMentions } from "./resolve";
import { parseDay, type Day } from "./timex";

/** chrono's parsers we keep: written-out dates, ISO dates, numeric dates and clock times. */
const KEEP_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENTimeExpressionParser",
  "ENYearMonthNameParser",
]);
const KEEP_REFINERS = new Set(["OverlapRemovalRefiner", "ExtractTimezoneOffsetRefiner", "ExtractTimezoneAbbrRefiner"]);

let configured: chrono.Chrono | null = null;

const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
/** A pattern that fails at once: what a gated parser offers chrono when its trigger is absent. */
const NEVER = /(?!)/;

/**
 * Runs a parser only on text holding its trigger (a month name, a digit, "quarter"…). chrono asks each
 * parser for its pattern per call; answering with a pattern that fails at once skips the costly scan.
 */
function gate(parser: chrono.Parser, trigger: RegExp): chrono.Parser {
  return {
    pattern: (context) => (trigger.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The configured chrono instance (built once). */
export function timelineChrono(): chrono.Chrono {
  if (configured) return configured;
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name)).map((p) => gate(p, p.constructor.name.includes("MonthName") ? MONTH_WORD : /\d/));
  c.parsers.push(
    gate(weekdayParser, /day\b|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\./),
    gate(relativePeriodParser, /week|month|year|decade|centur/i),
    gate(agoParser, /\b(?:ago|earlier|later|from now|hence|back|previously|prior)\b/i),
    gate(durationParser, /year|month|week|day|hour|minute|second|decade|centur|millenni|night|quarter|\b(?:hrs?|mins?|secs?)\b/i),
    gate(bareDurationParser, /\b(?:years|months|weeks|decades|centuries|hours|minutes)\b/i),
    gate(yearParser, /\b(?:1[6-9]|20)\d\d\b/),
    gate(decadeParser, /\d0['’]?s\b|ties\b|century/i),
    gate(quarterParser, /quarter|half|period/i),
    gate(yearAgoAdjectiveParser, /year-(?:earlier|ago)/i),
    gate(seasonParser, /spring|summer|fall|autumn|winter/i),
    gate(monthParser, MONTH_WORD),
    gate(referenceWordParser, /\b(?:now|current|nowadays|presently|these days|present|today|yesterday|tomorrow|recent|lately|formerly|past|once|future|years ago|months ago|weeks ago|decades ago|long ago)/i),
    gate(setParser, /\b(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|semi-?annually|biannually|every|each|per)\b|\ba\s+(?:day|week|month|year|quarter|hour|minute|decade)\b/i),
    gate(partOfDayParser, /morning|afternoon|evening|night|overnight/i),
    gate(anchoredParser, /\b(?:the|that)\s+(?:\w+\s+)?(?:day|week|month|year|morning|afternoon|evening|night)\b/i),
    gate(spelledYearParser, /\b(?:seventeen|eighteen|nineteen|two thousand)\b/i),
    gate(thePeriodParser, /\b[Tt]he\s+(?:(?:full|fiscal|calendar)\s+)?(?:year|weekend)\b/),
    gate(holidayParser, /Christmas|Year['’]s|Independence|Fourth of July|Halloween|Valentine|Veterans|Inauguration|Thanksgiving|Labor Day|Memorial Day|Election Day/),
  );
  const overlap = c.refiners.find((r) => r.constructor.name === "OverlapRemovalRefiner");
  c.refiners = c.refiners.filter((r) => KEEP_REFINERS.has(r.constructor.name));
  c.refiners.push(trimPrepositionRefiner, nativeTimexRefiner, mergeDayTimeRefiner, modifierRefiner);
  if (overlap) c.refiners.push(overlap);
  c.refiners.push(notADateRefiner);
  configured = c;
  return c;
}

/** A sentence worth giving to chrono: a digit, a month or weekday, or a time word. */
export const CANDIDATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|now|current|present|recent|past|future|soon|ago|year|month|week|day|hour|minute|second|decade|centur|quarter|half|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|daily|weekly|annual|yearly|hourly|nightly|noon|midnight|earlier|later|previous|once|formerly|lately|nowadays|christmas|thanksgiving|eve|halloween|valentine|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|seventeen|eighteen|nineteen|thousand)/i;

/** What an extractor run produces before resolution: offsets into the article, the spec, the sentence. */
export interface Draft {
  start: number;
  end: number;
  text: string;
  spec: TimexSpec;
  sentence: Bounds;
  sentenceIndex: number;
}

export interface ExtractOptions {
  /** reference date (YYYY-MM-DD or ISO); default article.published */
  reference?: string | null;
  /** the article's Document when the caller already has it (saves splitting twice) */
  doc?: Document;
}

/** chrono takes a local-time Date; noon keeps the calendar day stable whatever the time zone. */
export function chronoReference(day: Day): Date {
  return new Date(day.y, day.m - 1, day.d, 12, 0, 0);
}

/** Runs the parsers over one stretch of text, returning drafts with offsets shifted by `base`. */
export function extractFromText(text: string, reference: Day, base = 0, sentence?: Bounds, sentenceIndex = 0): Draft[] {
  if (!CANDIDATE.test(text)) return [];
  const results = timelineChrono().parse(text, chronoReference(reference));
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
 * Every temporal expression of an article, normalised (TIMEX3) and resolved against the reference
 * date: `options.reference`, else the article's publication date. Without either, relative
 * expressions cannot be placed: only those carrying their own year are resolved, the rest keep
 * values counted from today's date? No — from the latest full date the article itself states
 * (see estimatePublished), marked in the output by the caller.
 */
export function extractMentions(article: Article, options: ExtractOptions = {}): Mention[] {
  const refText = options.reference ?? article.published;
  const reference = parseDay(refText) ?? estimatePublished(article, options.doc) ?? { y: 1970, m: 1, d: 1 };
  const drafts: Draft[] = [];
  const sentences = sentenceBounds(article, options.doc);
  sentences.forEach((s, i) => {
    drafts.push(...extractFromText(article.text.slice(s.start, s.end), reference, s.start, s, i));
  });
  return resolveMentions(article, drafts, reference);
}

/**
 * A publication date guessed from the text when the metadata has none: the latest fully written
 * date (day, month and year) the article states. Null when it states none. Callers mark it estimated.
 */
export function estimatePublished(article: Article, doc?: Document): Day | null {
  let best: string | null = null;
  const far = { y: 2100, m: 1, d: 1 };
  for (const s of sentenceBounds(article, doc)) {
    for (const d of extractFromText(article.text.slice(s.start, s.end), far, s.start, s)) {
      if (/\d{4}/.test(d.text) && /^\d{4}-\d{2}-\d{2}/.test(d.spec.value) && (!best || d.spec.value > best)) best = d.spec.value.slice(0, 10);
    }
  }
  return parseDay(best);
}
