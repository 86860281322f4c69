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
import { UNIT } from "./parsers/lexicon";
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
import { yearEndParser } from "./parsers/year-end";
import { nativeTimexRefiner } from "./refiners/native-timex";
import { mergeDayTimeRefiner } from "./refiners/merge-day-time";
import { modifierRefiner } from "./refiners/modifier";
import { notADateRefiner } from "./refiners/not-a-date";
import { trimPrepositionRefiner } from "./refiners/trim-preposition";
import { sentenceBounds, type Bounds } from "./sentences";
import { resolveMentions } from "./resolve";
import { parseDay, type Day } from "./timex";
import { mergeUnanchored, PROBE_REFERENCES } from "./unanchored";

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

const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
/** a month name or abbreviation as a whole word: every parser keyed on months needs one */
const MONTH_NAME_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;
/**
 * What a clock time needs: "10:30", "3 p.m.", "9am", "5 o'clock". chrono's time parser reads any number
 * as an hour, and the native-timex refiner drops such readings, so it only runs where one of these is.
 */
const CLOCK = /\d\s*(?:[:.：]\s*\d|[ap]\.?\s*m\b|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))/i;
/** A pattern that fails at once: sticky, so it is tried at one position only, not along the whole text. */
const NEVER = /(?!)/y;

/** A parser and the cheap test a text must pass before the parser's own (costly) pattern runs on it. */
interface Gated {
  parser: chrono.Parser;
  trigger: RegExp;
  /** tested on single words (runs of letters or of digits): fires on some word of every text the trigger fires on */
  word: RegExp;
}

interface Configured {
  chrono: chrono.Chrono;
  gated: Gated[];
  refiners: chrono.Refiner[];
}

let configured: Configured | null = null;

/**
 * Runs a parser only on text holding its trigger (a month name, a digit, "quarter"…). chrono asks each
 * parser for its pattern per call; answering with a pattern that fails at once skips the costly scan.
 */
function gate({ parser, trigger }: Gated): chrono.Parser {
  return {
    pattern: (context) => (trigger.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

function configure(): Configured {
  if (configured) return configured;
  const c = chrono.casual.clone();
  const gated: Gated[] = c.parsers
    .filter((p) => KEEP_PARSERS.has(p.constructor.name))
    .map((p) =>
      p.constructor.name.includes("MonthName")
        ? { parser: p, trigger: MONTH_WORD, word: MONTH_NAME_WORD }
        : p.constructor.name === "ENTimeExpressionParser"
          ? { parser: p, trigger: CLOCK, word: /^\d/ }
          : { parser: p, trigger: /\d/, word: /^\d/ },
    );
  gated.push(
    { parser: weekdayParser, trigger: /day\b|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\./, word: /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/ },
    { parser: relativePeriodParser, trigger: /week|month|year|decade|centur/i, word: /^(?:week|weekend|month|year|decade|century)$/i },
    { parser: agoParser, trigger: /\b(?:ago|earlier|later|from now|hence|back|previously|prior)\b/i, word: /^(?:ago|earlier|later|now|hence|back|previously|prior)$/i },
    { parser: durationParser, trigger: /year|month|week|day|hour|minute|second|decade|centur|millenni|night|quarter|\b(?:hrs?|mins?|secs?)\b/i, word: new RegExp(`^(?:${UNIT})$`, "i") },
    { parser: bareDurationParser, trigger: /\b(?:years|months|weeks|decades|centuries|hours|minutes)\b/i, word: /^(?:years|months|weeks|decades|centuries|hours|minutes)$/i },
    { parser: yearParser, trigger: /\b(?:1[6-9]|20)\d\d\b/, word: /^(?:1[6-9]|20)\d\d$/ },
    { parser: decadeParser, trigger: /\d0['’]?s\b|ties\b|century/i, word: /^\d*0$|ties$|century/i },
    { parser: quarterParser, trigger: /quarter|half|period/i, word: /quarter|half|period/i },
    { parser: yearAgoAdjectiveParser, trigger: /year-(?:earlier|ago)/i, word: /^year$/i },
    { parser: seasonParser, trigger: /spring|summer|fall|autumn|winter/i, word: /spring|summer|fall|autumn|winter/i },
    { parser: monthParser, trigger: MONTH_WORD, word: MONTH_NAME_WORD },
    { parser: referenceWordParser, trigger: /\b(?:now|current|nowadays|presently|these days|present|today|yesterday|tomorrow|recent|lately|formerly|past|once|future|soon|years ago|months ago|weeks ago|decades ago|long ago|term\b)/i, word: /^(?:now|current|nowadays|presently|these|present|today|yesterday|tomorrow|recent|lately|formerly|past|once|future|soon$|ago|term$)/i },
    { parser: setParser, trigger: /\b(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|semi-?annually|biannually|every|each|per)\b|\ba\s+(?:day|week|month|year|quarter|hour|minute|decade)\b/i, word: /^(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|semi|biannually|every|each|per|day|week|month|year|quarter|hour|minute|decade)$/i },
    { parser: partOfDayParser, trigger: /morning|afternoon|evening|night|overnight/i, word: /morning|afternoon|evening|night|overnight/i },
    { parser: anchoredParser, trigger: /\b(?:the|that)\s+(?:\w+\s+)?(?:day|week|month|year|morning|afternoon|evening|night)\b/i, word: /^(?:day|week|month|year|morning|afternoon|evening|night)$/i },
    { parser: spelledYearParser, trigger: /\b(?:seventeen|eighteen|nineteen|two thousand)\b/i, word: /^(?:seventeen|eighteen|nineteen|thousand)$/i },
    { parser: yearEndParser, trigger: /\byear(?:[- ]end|['’]s\s+end)\b/i, word: /^year$/i },
    { parser: thePeriodParser, trigger: /\b[Tt]he\s+(?:(?:full|fiscal|calendar)\s+)?(?:year|weekend)\b/, word: /^(?:year|weekend)$/ },
    { parser: holidayParser, trigger: /Christmas|Year['’]s|Independence|Fourth of July|Halloween|Valentine|Veterans|Inauguration|Thanksgiving|Labor Day|Memorial Day|Election Day/, word: /Christmas|^Year$|Independence|^Fourth$|Halloween|Valentine|Veterans|Inauguration|Thanksgiving|^Labor$|^Memorial$|^Election$/ },
  );
  // chrono's casual configuration lists OverlapRemovalRefiner several times in a row; it is idempotent,
  // so runs of it collapse to one
  const refiners = c.refiners
    .filter((r) => KEEP_REFINERS.has(r.constructor.name))
    .filter((r, i, all) => !(r.constructor.name === "OverlapRemovalRefiner" && all[i - 1]?.constructor.name === "OverlapRemovalRefiner"));
  const overlap = refiners.find((r) => r.constructor.name === "OverlapRemovalRefiner");
  refiners.push(trimPrepositionRefiner, nativeTimexRefiner, mergeDayTimeRefiner, modifierRefiner);
  if (overlap) refiners.push(overlap);
  refiners.push(notADateRefiner);
  c.parsers = gated.map(gate);
  c.refiners = refiners;
  configured = { chrono: c, gated, refiners };
  return configured;
}

/** The configured chrono instance (built once). */
export function timelineChrono(): chrono.Chrono {
  return configure().chrono;
}

/**
 * What `timelineChrono().parse` does on a CANDIDATE text (nothing on others), minus its fixed cost
 * per call: only the parsers whose trigger the text holds are run, and the refiners only when some parser found something. Sentences are
 * short and many, so that fixed cost (every parser and refiner on every sentence) was most of the time.
 */
export function parseText(text: string, reference: Date): chrono.ParsingResult[] {
  const { gated, refiners } = configure();
  const mask = parserMask(text, gated);
  if (!(mask & CANDIDATE_BIT)) return [];
  let context: chrono.ParsingContext | null = null;
  let results: chrono.ParsingResult[] = [];
  for (let i = 0; i < gated.length; i++) {
    const { parser, trigger } = gated[i];
    if (!(mask & (1 << i)) || !trigger.test(text)) continue;
    context ??= new chrono.ParsingContext(text, reference);
    const found = executeParser(context, parser);
    if (found.length) results = results.concat(found);
  }
  if (!context || !results.length) return [];
  results.sort((a, b) => a.index - b.index);
  for (const refiner of refiners) results = refiner.refine(context, results);
  return results;
}

/** Words that make a sentence worth giving to chrono (with any digit): a month or weekday, or a time word. */
const CANDIDATE_WORDS =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|now|current|present|recent|past|future|soon|ago|year|month|week|day|hour|minute|second|decade|centur|quarter|half|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|daily|weekly|annual|yearly|hourly|nightly|noon|midnight|earlier|later|previous|once|formerly|lately|nowadays|christmas|thanksgiving|eve|halloween|valentine|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|seventeen|eighteen|nineteen|thousand|term\\b";
/** A sentence worth giving to chrono: a digit, a month or weekday, or a time word. */
export const CANDIDATE = new RegExp(`\\d|\\b(?:${CANDIDATE_WORDS})`, "i");
/** the same, for one word (a run of letters or of digits) */
const CANDIDATE_WORD = new RegExp(`^(?:\\d|${CANDIDATE_WORDS})`, "i");
/** mask bit of words CANDIDATE fires on (bits 0… are the parsers) */
const CANDIDATE_BIT = 1 << 30;

/**
 * Every word some parser's `word` test or CANDIDATE_WORD passes holds one of these (a digit, or a
 * stem such as "day", "year", "jan"): the scan looks only at words around a hit, not at every word.
 * Keep it a superset when adding a parser.
 */
const STEM =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|mon|tue|wed|thu|fri|sat|sun|week|month|year|centur|ago|earlier|later|now|hence|back|previous|prior|soon|noon|eve|hour|minute|second|millenni|night|quarter|hr|min|sec|ties|half|period|spring|summer|fall|autumn|winter|current|these|present|tomorrow|recent|lately|formerly|past|once|future|daily|annual|hourly|semi|every|each|per|morning|afternoon|evening|seventeen|eighteen|nineteen|thousand|christmas|independence|fourth|halloween|valentine|veterans|inauguration|thanksgiving|labor|memorial|election|term/gi;
/** word → the parsers (bit i: gated[i]) whose word test it passes; words recur, so this is learnt once */
const wordMasks = new Map<string, number>();

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The parsers worth running on a text. Testing each parser's trigger regex on every sentence cost
 * more than the parsers themselves (an alternation of words scans slowly): one scan finds the words
 * (runs of letters, or of digits) holding a stem, each word is classified once, and a parser's exact
 * trigger is tested only when one of its words occurs.
 */
function parserMask(text: string, gated: Gated[]): number {
  let mask = 0;
  STEM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STEM.exec(text))) {
    const kind = isDigit(text.charCodeAt(m.index)) ? isDigit : isLetter;
    let start = m.index;
    let end = start + m[0].length;
    while (start > 0 && kind(text.charCodeAt(start - 1))) start--;
    while (end < text.length && kind(text.charCodeAt(end))) end++;
    STEM.lastIndex = end;
    const word = text.slice(start, end);
    let bits = wordMasks.get(word);
    if (bits === undefined) {
      bits = 0;
      for (let i = 0; i < gated.length; i++) if (gated[i].word.test(word)) bits |= 1 << i;
      if (CANDIDATE_WORD.test(word)) bits |= CANDIDATE_BIT;
      if (wordMasks.size > 100_000) wordMasks.clear();
      wordMasks.set(word, bits);
    }
    mask |= bits;
  }
  return mask;
}

/**
 * chrono's own loop for one parser (Chrono.executeParser is private): the pattern runs on the text
 * left after each result, or after each rejected match's first character — substrings, as chrono
 * does, so that look-behinds and `^` see the same text they see inside chrono.
 */
function executeParser(context: chrono.ParsingContext, parser: chrono.Parser): chrono.ParsingResult[] {
  const results: chrono.ParsingResult[] = [];
  const pattern = parser.pattern(context);
  const original = context.text;
  let remaining = original;
  let match = pattern.exec(remaining);
  while (match) {
    match.index += original.length - remaining.length; // extract may move it (word-boundary prefixes)
    const result = parser.extract(context, match);
    if (!result) {
      remaining = original.substring(match.index + 1);
      match = pattern.exec(remaining);
      continue;
    }
    let parsed: chrono.ParsingResult;
    if (result instanceof chrono.ParsingResult) parsed = result;
    else if (result instanceof chrono.ParsingComponents) {
      parsed = context.createParsingResult(match.index, match[0]);
      parsed.start = result;
    } else parsed = context.createParsingResult(match.index, match[0], result);
    results.push(parsed);
    remaining = original.substring(parsed.index + parsed.text.length);
    match = pattern.exec(remaining);
  }
  return results;
}

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
  /** the article's Document when the caller already has it (its sentences are used) */
  doc?: Document;
  /** the article's sentence bounds when the caller already has them (saves splitting twice) */
  sentences?: Bounds[];
}

/** chrono takes a local-time Date; noon keeps the calendar day stable whatever the time zone. */
export function chronoReference(day: Day): Date {
  return new Date(day.y, day.m - 1, day.d, 12, 0, 0);
}

/** Runs the parsers over one stretch of text, returning drafts with offsets shifted by `base`. */
export function extractFromText(text: string, reference: Day, base = 0, sentence?: Bounds, sentenceIndex = 0): Draft[] {
  const results = parseText(text, chronoReference(reference));
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
 * date: `options.reference`, else the article's publication date, else the latest full date the
 * article itself states (estimatePublished; the caller marks it estimated). With none of these,
 * values that depend on the reference stay unanchored (XXXX-WXX-5; see unanchored.ts).
 */
export function extractMentions(article: Article, options: ExtractOptions = {}): Mention[] {
  const sentences = options.sentences ?? sentenceBounds(article, options.doc);
  const refText = options.reference ?? article.published;
  const reference = parseDay(refText) ?? estimatePublished(article, sentences);
  if (!reference) {
    // No date to count from: see unanchored.ts.
    const [a, b] = PROBE_REFERENCES.map((r) => extractMentions(article, { ...options, sentences, reference: r }));
    return mergeUnanchored(a, b);
  }
  const drafts: Draft[] = [];
  sentences.forEach((s, i) => {
    drafts.push(...extractFromText(article.text.slice(s.start, s.end), reference, s.start, s, i));
  });
  return resolveMentions(article, drafts, reference);
}

/**
 * A publication date guessed from the text when the metadata has none: the latest fully written
 * date (day, month and year) the article states. Null when it states none. Callers mark it estimated.
 */
export function estimatePublished(article: Article, sentences: Document | Bounds[] = sentenceBounds(article)): Day | null {
  let best: string | null = null;
  const far = { y: 2100, m: 1, d: 1 };
  for (const s of Array.isArray(sentences) ? sentences : sentences.sentences) {
    for (const d of extractFromText(article.text.slice(s.start, s.end), far, s.start, s)) {
      if (/\d{4}/.test(d.text) && /^\d{4}-\d{2}-\d{2}/.test(d.spec.value) && (!best || d.spec.value > best)) best = d.spec.value.slice(0, 10);
    }
  }
  return parseDay(best);
}
