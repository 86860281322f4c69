/**
 * chrono's own parsers and refiners that the timeline keeps (written-out, ISO and numeric dates,
 * clock times; overlap removal and time zones), taken by name from `chrono.casual`, each with the
 * words it needs (gate.ts). The ones left out read news wrongly: the nearest weekday in either
 * direction, "last month" as a day, durations as dates — our own parsers read those.
 */
import * as chrono from "chrono-node";
import type { Gate, KeyWords } from "../gate";
import { MONTH_WORD, MONTH_WORDS } from "./lexicon";

const casual = chrono.casual.clone();

function named<T extends chrono.Parser | chrono.Refiner>(list: T[], name: string): T {
  const found = list.find((x) => x.constructor.name === name);
  if (!found) throw new Error(`chrono-node has no ${name}`);
  return found;
}

/** any number keys a numeric date */
const DIGITS: KeyWords = { digits: true };
/** one object for the parsers keyed on a digit, so that the parse loop tests it once per text */
const DIGIT = /\d/;
/**
 * What a clock time needs: "10:30", "3 p.m.", "9am", "5 o'clock". chrono's time parser reads any number
 * as an hour, and the native-timex refiner drops such readings, so it only runs where one of these is.
 */
const CLOCK = /\d\s*(?:[:.：]\s*\d|[ap]\.?\s*m\b|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))/i;

const parser = (name: string, trigger: RegExp, words: KeyWords): Gate => ({ parser: named(casual.parsers, name), trigger, words });

export const yearMonthDay = parser("ENYearMonthDayParser", DIGIT, DIGITS);
export const isoFormat = parser("ISOFormatParser", DIGIT, DIGITS);
export const slashDate = parser("SlashDateFormatParser", DIGIT, DIGITS);
export const monthNameLittleEndian = parser("ENMonthNameLittleEndianParser", MONTH_WORD, MONTH_WORDS);
export const monthNameMiddleEndian = parser("ENMonthNameMiddleEndianParser", MONTH_WORD, MONTH_WORDS);
export const timeExpression = parser("ENTimeExpressionParser", CLOCK, DIGITS);
export const yearMonthName = parser("ENYearMonthNameParser", MONTH_WORD, MONTH_WORDS);

/** Drops results that overlap a longer one. Idempotent and stateless: one instance serves every place. */
export const overlapRemoval = named(casual.refiners, "OverlapRemovalRefiner");

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

export const timezoneOffset = onlyWhere(named(casual.refiners, "ExtractTimezoneOffsetRefiner"), (text, at, r) => !r.start.isCertain("timezoneOffset") && stickyAt(TZ_OFFSET_AFTER, text, at));
export const timezoneAbbreviation = onlyWhere(named(casual.refiners, "ExtractTimezoneAbbrRefiner"), (text, at, r) => stickyAt(r.start.isOnlyDate() ? TZ_CAPS_AFTER : TZ_ABBR_AFTER, text, at));
