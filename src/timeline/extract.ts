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
import type { Draft, Mention } from "./types";
import { specOf } from "./parsers/spec";
import { weekdayParser } from "./parsers/weekday";
import { relativePeriodParser } from "./parsers/relative-period";
import { agoParser } from "./parsers/ago";
import { durationParser, bareDurationParser } from "./parsers/duration";
import { allUnitParser, unitLongParser } from "./parsers/whole-span";
import { UNIT } from "./parsers/lexicon";
import { yearParser } from "./parsers/year";
import { decadeParser } from "./parsers/decade";
import { quarterParser, yearAgoAdjectiveParser } from "./parsers/quarter";
import { seasonParser } from "./parsers/season";
import { monthParser } from "./parsers/month";
import { referenceWordParser } from "./parsers/reference-word";
import { setParser, everyCountParser } from "./parsers/set";
import { partOfDayParser } from "./parsers/part-of-day";
import { anchoredParser } from "./parsers/anchored";
import { holidayParser } from "./parsers/holiday";
import { thePeriodParser } from "./parsers/the-period";
import { spelledYearParser } from "./parsers/spelled-year";
import { yearEndParser } from "./parsers/year-end";
import { coordinatedDayParser } from "./parsers/coordinated-day";
import { clockPhraseParser } from "./parsers/clock-phrase";
import { nativeTimexRefiner } from "./refiners/native-timex";
import { mergeDayTimeRefiner } from "./refiners/merge-day-time";
import { modifierRefiner } from "./refiners/modifier";
import { notADateRefiner } from "./refiners/not-a-date";
import { trimPrepositionRefiner } from "./refiners/trim-preposition";
import { limitSentences, sentenceBounds, type Bounds } from "./sentences";
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
/** one object for the parsers keyed on a digit, so that parseText tests it once per text */
const DIGIT = /\d/;
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
 * chrono's timezone refiners cut the text after EVERY result and read the next word as a timezone
 * ("3 p.m. EST", "10:00 +02:00"), looking each one up ("and", "The" …). What they need right after a
 * result, as a sticky test at its end (a superset of what they accept: same output, no cutting):
 * - offset: "+02", "-5", "(GMT+1" — on any result without a certain offset (it also turns "2010-11"
 *   into a zoned "2010" + "-11", so it is not limited to clock times);
 * - abbreviation: 2-4 letters; written in capitals when the result has no clock time ("Monday EST").
 */
const TZ_OFFSET_AFTER = /\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/iy;
const TZ_ABBR_AFTER = /\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/iy;
const TZ_CAPS_AFTER = /\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/y;
const TIMEZONE_GATES: Record<string, (text: string, at: number, result: chrono.ParsingResult) => boolean> = {
  ExtractTimezoneOffsetRefiner: (text, at, r) => !r.start.isCertain("timezoneOffset") && stickyAt(TZ_OFFSET_AFTER, text, at),
  ExtractTimezoneAbbrRefiner: (text, at, r) => stickyAt(r.start.isOnlyDate() ? TZ_CAPS_AFTER : TZ_ABBR_AFTER, text, at),
};

function stickyAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Runs a refiner that treats each result on its own (it edits results in place) on the results `could` passes. */
function onlyWhere(refiner: chrono.Refiner, could: (text: string, at: number, result: chrono.ParsingResult) => boolean): chrono.Refiner {
  return {
    refine: (context, results) => {
      const some = results.filter((r) => could(context.text, r.index + r.text.length, r));
      if (some.length) refiner.refine(context, some);
      return results;
    },
  };
}

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
          : { parser: p, trigger: DIGIT, word: /^\d/ },
    );
  gated.push(
    { parser: weekdayParser, trigger: /day\b|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\./, word: /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/ },
    { parser: relativePeriodParser, trigger: /week|month|year|decade|centur/i, word: /^(?:week|weekend|month|year|decade|century)$/i },
    { parser: agoParser, trigger: /\b(?:ago|earlier|later|from now|hence|back|previously|prior)\b/i, word: /^(?:ago|earlier|later|now|hence|back|previously|prior)$/i },
    { parser: durationParser, trigger: /year|month|week|day|hour|minute|second|decade|centur|millenni|night|quarter|\b(?:hrs?|mins?|secs?)\b/i, word: new RegExp(`^(?:${UNIT})$`, "i") },
    { parser: bareDurationParser, trigger: /\b(?:years|months|weeks|decades|centuries|hours|minutes|days)\b/i, word: /^(?:years|months|weeks|decades|centuries|hours|minutes|days)$/i },
    { parser: allUnitParser, trigger: /\ball[\s-]+(?:day|night|week|month|year)\b/i, word: /^(?:day|night|week|month|year)$/i },
    { parser: unitLongParser, trigger: /(?:day|night|week|month|year|decade|centur(?:y|ie)|hour|minute)s?-?long\b/i, word: /^(?:(?:day|night|week|month|year|decade|hour|minute)s?|centur(?:y|ies))(?:long)?$/i },
    { parser: yearParser, trigger: /\b(?:1[6-9]|20)\d\d\b/, word: /^(?:1[6-9]|20)\d\d$/ },
    { parser: decadeParser, trigger: /\d0['’]?s\b|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b|century/i, word: /^\d*0$|^(?:twen|thir|for|fif|six|seven|eigh|nine)ties$|century/i },
    { parser: quarterParser, trigger: /quarter|half|period/i, word: /^(?:quarter|half|period)/i },
    { parser: yearAgoAdjectiveParser, trigger: /year-(?:earlier|ago)/i, word: /^year$/i },
    { parser: seasonParser, trigger: /spring|summer|fall|autumn|winter/i, word: /spring|summer|fall|autumn|winter/i },
    { parser: monthParser, trigger: MONTH_WORD, word: MONTH_NAME_WORD },
    { parser: coordinatedDayParser, trigger: MONTH_WORD, word: MONTH_NAME_WORD },
    { parser: clockPhraseParser, trigger: /\b(?:in the (?:morning|afternoon|evening)|at night|midday|noon)\b/i, word: /^(?:morning|afternoon|evening|night|midday|noon)$/i },
    { parser: referenceWordParser, trigger: /\b(?:now|current|nowadays|presently|these days|present|today|yesterday|tomorrow|recent|lately|formerly|past|once|future|soon|years ago|months ago|weeks ago|decades ago|long ago|term\b|moment\b|later date)/i, word: /^(?:now|current|nowadays|presently|these|present|today|yesterday|tomorrow|recent|lately|formerly|past|once|future|soon$|ago|term$|moment$|later$)/i },
    { parser: setParser, trigger: /\b(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|semi-?annually|biannually|every|each|per)\b|\ba\s+(?:day|week|month|year|quarter|hour|minute|decade)\b|\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day(?:s|\s+(?:mornings|afternoons|evenings|nights))\b/i, word: /^(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|semi|biannually|every|each|per|day|week|month|year|quarter|hour|minute|decade|(?:sun|mon|tues|wednes|thurs|fri|satur)days?)$/i },
    { parser: everyCountParser, trigger: /\bevery\s/i, word: /^every$/i },
    { parser: partOfDayParser, trigger: /morning|afternoon|evening|night|overnight/i, word: /^(?:morning|afternoon|evening|night|tonight|overnight)/i },
    { parser: anchoredParser, trigger: /\b(?:the|that)\s+(?:\w+\s+)?(?:day|week|month|year|morning|afternoon|evening|night)\b/i, word: /^(?:day|week|month|year|morning|afternoon|evening|night)$/i },
    { parser: spelledYearParser, trigger: /\b(?:seventeen|eighteen|nineteen|two thousand)\b/i, word: /^(?:seventeen|eighteen|nineteen|thousand)$/i },
    { parser: yearEndParser, trigger: /\byear(?:[- ]end|['’]s\s+end)\b/i, word: /^year$/i },
    { parser: thePeriodParser, trigger: /\b[Tt]he\s+(?:(?:full|fiscal|calendar)\s+)?(?:year|weekend)\b|\b(?:end|close|beginning|start|middle)\s+of\s+the\s+(?:month|week)\b/, word: /^(?:year|weekend|month|week)$/ },
    { parser: holidayParser, trigger: /Christmas|Year['’]s|Independence|Fourth of July|Halloween|Valentine|Veterans|Inauguration|Thanksgiving|Labor Day|Memorial Day|Election Day|Easter|Good Friday|Palm Sunday|Holy Week|King(?: Jr\.)? Day|Presidents['’]? Day|Mother['’]s Day|Father['’]s Day|Columbus Day|Boxing Day|Patrick['’]s Day|Juneteenth/, word: /^(?:Christmas|Independence|Halloween|Valentine|Veterans|Inauguration|Thanksgiving|Easter|Juneteenth)|^(?:Year|Fourth|Labor|Memorial|Election|Friday|Sunday|Week|Day)$/ },
  );
  // chrono's casual configuration lists OverlapRemovalRefiner several times in a row; it is idempotent,
  // so runs of it collapse to one
  const refiners = c.refiners
    .filter((r) => KEEP_REFINERS.has(r.constructor.name))
    .filter((r, i, all) => !(r.constructor.name === "OverlapRemovalRefiner" && all[i - 1]?.constructor.name === "OverlapRemovalRefiner"))
    .map((r) => TIMEZONE_GATES[r.constructor.name] ? onlyWhere(r, TIMEZONE_GATES[r.constructor.name]) : r);
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
export function parseText(text: string, reference: Date, mask = parserMask(text, 0, text.length)): chrono.ParsingResult[] {
  const { gated, refiners } = configure();
  if (!(mask & CANDIDATE_BIT)) return [];
  let context: chrono.ParsingContext | null = null;
  let results: chrono.ParsingResult[] = [];
  let tested: RegExp | null = null; // parsers next to each other often share a trigger (DIGIT, MONTH_WORD)
  let passed = false;
  for (let i = 0; i < gated.length; i++) {
    const { parser, trigger } = gated[i];
    if (!(mask & (1 << i))) continue;
    if (trigger !== tested) {
      tested = trigger;
      passed = trigger.test(text);
    }
    if (!passed) continue;
    context ??= new chrono.ParsingContext(text, reference);
    const found = executeParser(context, parser);
    if (found.length) results = results.concat(found);
  }
  if (!context || !results.length) return [];
  results.sort((a, b) => a.index - b.index);
  for (const refiner of refiners) results = refiner.refine(context, results);
  return results;
}

/**
 * What the gates cost in `text`: the expressions found with every parser run on it (then the same
 * refiners) that parseText, gated, does not find. Empty when the gates are right: a test runs this
 * over many sentences, so a parser given words its gate does not list ("soon") is caught.
 */
export function gateMisses(text: string, reference: Date): string[] {
  const { gated, refiners } = configure();
  const context = new chrono.ParsingContext(text, reference);
  let all: chrono.ParsingResult[] = [];
  for (const { parser } of gated) all = all.concat(executeParser(context, parser));
  all.sort((a, b) => a.index - b.index);
  if (all.length) for (const refiner of refiners) all = refiner.refine(context, all);
  const key = (r: chrono.ParsingResult) => `${r.index} ${r.text} ${JSON.stringify(specOf(r))}`;
  const gatedKeys = new Set(parseText(text, reference).map(key));
  return all.map(key).filter((k) => !gatedKeys.has(k));
}

/** Words that make a sentence worth giving to chrono (with any digit): a month or weekday, or a time word. */
const CANDIDATE_WORDS =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|now|current|present|recent|past|future|soon|ago|year|month|week|day|hour|minute|second|decade|centur|quarter|half|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|midday|daily|weekly|annual|yearly|hourly|nightly|noon|midnight|earlier|later|previous|once|moment\\b|formerly|lately|nowadays|christmas|thanksgiving|eve|halloween|valentine|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|seventeen|eighteen|nineteen|thousand|easter|term\\b";
/** A sentence worth giving to chrono: a digit, a month or weekday, or a time word. */
export const CANDIDATE = new RegExp(`\\d|\\b(?:${CANDIDATE_WORDS})`, "i");
/** the same, for one word (a run of letters or of digits) */
const CANDIDATE_WORD = new RegExp(`^(?:\\d|${CANDIDATE_WORDS})`, "i");
/** mask bit of words CANDIDATE fires on (bits 0… are the parsers) */
const CANDIDATE_BIT = 1 << 30;

/**
 * Every word some parser's `word` test or CANDIDATE_WORD passes holds one of these stems (or is a
 * run of digits): the scan looks up only such words, not every word. A stem of STEMS_ANYWHERE may
 * sit anywhere in a word (a run of ASCII letters), one of STEMS_AT_START only at its start: the
 * parsers' patterns want their key word at a word start (`(?<![\w-])(quarter|half|period)`), so their
 * word tests are anchored there too ("behalf", "headquarters", "midmorning" are no quarter or part of
 * day), and the words that pass a test with the stem inside ("yesterday", "biweekly", "overnight",
 * "midcentury", the season parser's "midwinter") hold a stem that counts anywhere. Words that merely
 * hold a short stem ("super", "promise", "examine", "authorities") are not looked up.
 * Keep it a superset when adding a parser: test/timeline/stem-scan.test.ts checks it on word lists.
 */
const STEMS_ANYWHERE = "day week month year centur night noon term spring summer fall autumn winter".split(" ");
const STEMS_AT_START = (
  "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun ago earlier later now hence back previous " +
  "prior soon eve hour minute second millenni quarter hr min sec twenties thirties forties fifties sixties seventies " +
  "eighties nineties half period current these present tomorrow recent lately formerly past once future daily annual " +
  "biannual hourly semi every each per morning afternoon evening seventeen eighteen nineteen thousand christmas easter " +
  "independence fourth halloween valentine veterans inauguration thanksgiving labor memorial election moment"
).split(" ");

/**
 * The stems by their first three letters, packed 5 bits a letter (`tri`): entry k of a table is 0
 * when no stem starts with trigram k, else 1 + the index of the list of those stems in STEM_LISTS.
 * Typed arrays: a sparse array of lists would fall back to dictionary lookups. "hr" is the one
 * shorter stem.
 */
const STEM_LISTS: string[][] = [];
const tri = (a: number, b: number, c: number) => ((((a | 32) - 97) << 10) | (((b | 32) - 97) << 5) | ((c | 32) - 97));
function trigramTable(stems: string[]): Int16Array {
  const table = new Int16Array(1 << 15);
  for (const stem of stems) {
    if (stem.length < 3) continue;
    const k = tri(stem.charCodeAt(0), stem.charCodeAt(1), stem.charCodeAt(2));
    if (table[k] === 0) table[k] = STEM_LISTS.push([]);
    STEM_LISTS[table[k] - 1].push(stem);
  }
  return table;
}
const ANYWHERE_BY_TRIGRAM = trigramTable(STEMS_ANYWHERE);
const AT_START_BY_TRIGRAM = trigramTable(STEMS_AT_START);

/** text[at, to) starts with `stem` (ASCII letters, any case); its first three letters are known to match */
function spellsAt(text: string, at: number, to: number, stem: string): boolean {
  if (at + stem.length > to) return false;
  for (let j = 3; j < stem.length; j++) if ((text.charCodeAt(at + j) | 32) !== stem.charCodeAt(j)) return false;
  return true;
}

/** text at `at` spells one of the stems of table entry `entry` (not 0) */
function anySpelledAt(text: string, at: number, to: number, entry: number): boolean {
  for (const stem of STEM_LISTS[entry - 1]) if (spellsAt(text, at, to, stem)) return true;
  return false;
}

/** Set by `nextStemWord`: the end of the word it found. */
let stemWordEnd = 0;

/**
 * The next run of digits or run of ASCII letters holding a stem (see STEMS_ANYWHERE / STEMS_AT_START)
 * in text[p, to): its start (its end in `stemWordEnd`), or -1. One pass of char-code tests with a
 * rolling trigram: an alternation of ~90 stems as one regex scanned the text about twice as slowly.
 * A step function rather than a callback, so that parserMask's loop allocates nothing.
 */
function nextStemWord(text: string, p: number, to: number): number {
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      const start = p;
      while (++p < to && isDigit(text.charCodeAt(p)));
      stemWordEnd = p;
      return start;
    }
    let x = (c | 32) - 97; // a letter (0-25) only for ASCII letters
    if (x < 0 || x > 25) {
      p++;
      continue;
    }
    const start = p;
    let k = x; // the last three letters, 5 bits each
    let hit = false;
    // the first two letters, then the word's first trigram (stems at its start) …
    if (++p < to && (x = (text.charCodeAt(p) | 32) - 97) >= 0 && x <= 25) {
      k = (k << 5) | x;
      if (++p < to && (x = (text.charCodeAt(p) | 32) - 97) >= 0 && x <= 25) {
        k = ((k << 5) | x) & 0x7fff;
        const first = AT_START_BY_TRIGRAM[k];
        if (first !== 0) hit = anySpelledAt(text, start, to, first);
        // … and every trigram (stems anywhere), until a stem is found or the word ends
        for (;;) {
          if (!hit) {
            const entry = ANYWHERE_BY_TRIGRAM[k];
            if (entry !== 0) hit = anySpelledAt(text, p - 2, to, entry);
          }
          if (++p >= to) break;
          x = (text.charCodeAt(p) | 32) - 97;
          if (x < 0 || x > 25) break;
          k = ((k << 5) | x) & 0x7fff;
        }
      }
    }
    if (!hit && p - start >= 2 && (c | 32) === 104 && (text.charCodeAt(start + 1) | 32) === 114) hit = true; // "hr", "hrs"
    if (hit) {
      stemWordEnd = p;
      return start;
    }
  }
  return -1;
}

/** Calls `visit(start, end)` for every word `nextStemWord` finds in text[from, to), in order. */
export function forEachStemWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  for (let s = nextStemWord(text, from, to); s >= 0; s = nextStemWord(text, stemWordEnd, to)) visit(s, stemWordEnd);
}

/** word → the parsers (bit i: gated[i]) whose word test it passes; words recur, so this is learnt once */
const wordMasks = new Map<string, number>();

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The mask bits of one word (see parserMask): bit i for gated parser i, CANDIDATE_BIT. */
export function wordBits(word: string): number {
  return bitsOf(word, configure().gated);
}

function bitsOf(word: string, gated: Gated[]): number {
  let bits = wordMasks.get(word);
  if (bits === undefined) {
    bits = 0;
    for (let i = 0; i < gated.length; i++) if (gated[i].word.test(word)) bits |= 1 << i;
    if (CANDIDATE_WORD.test(word)) bits |= CANDIDATE_BIT;
    if (wordMasks.size > 100_000) wordMasks.clear();
    wordMasks.set(word, bits);
  }
  return bits;
}

/**
 * The parsers worth running on text[from, to). Testing each parser's trigger regex on every sentence cost
 * more than the parsers themselves (an alternation of words scans slowly): one scan finds the words
 * (runs of letters, or of digits) holding a stem, each word is classified once, and a parser's exact
 * trigger is tested only when one of its words occurs.
 */
function parserMask(text: string, from: number, to: number): number {
  const { gated } = configure();
  let mask = 0;
  for (let s = nextStemWord(text, from, to); s >= 0; s = nextStemWord(text, stemWordEnd, to)) mask |= bitsOf(text.slice(s, stemWordEnd), gated);
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
