/**
 * What the timeline runs, in which order: chrono's own configuration (locales/en/configuration.ts)
 * in our shape. Each parser file declares its words (gate.ts); the parse loop (chrono-loop.ts)
 * runs a parser only on sentences holding them.
 *
 * Order matters twice: results found at the same position keep the parsers' order through chrono's
 * stable sort, so a parser listed earlier wins a tie in OverlapRemovalRefiner; and the refiners run
 * top to bottom, each on what the one before left.
 */
import type { Refiner } from "chrono-node";
import type { Gate } from "./gate";
import * as kept from "./parsers/chrono-kept";
import { weekdayGate } from "./parsers/weekday";
import { relativePeriodGate } from "./parsers/relative-period";
import { agoGate } from "./parsers/ago";
import { durationGate, bareDurationGate } from "./parsers/duration";
import { allUnitGate, unitLongGate } from "./parsers/whole-span";
import { yearGate } from "./parsers/year";
import { decadeGate } from "./parsers/decade";
import { quarterGate, yearAgoAdjectiveGate } from "./parsers/quarter";
import { seasonGate } from "./parsers/season";
import { monthGate } from "./parsers/month";
import { coordinatedDayGate } from "./parsers/coordinated-day";
import { clockPhraseGate } from "./parsers/clock-phrase";
import { referenceWordGate } from "./parsers/reference-word";
import { setGate, everyCountGate } from "./parsers/set";
import { partOfDayGate } from "./parsers/part-of-day";
import { anchoredGate } from "./parsers/anchored";
import { spelledYearGate } from "./parsers/spelled-year";
import { yearEndGate } from "./parsers/year-end";
import { thePeriodGate } from "./parsers/the-period";
import { holidayGate } from "./parsers/holiday";
import { trimPrepositionRefiner } from "./refiners/trim-preposition";
import { nativeTimexRefiner } from "./refiners/native-timex";
import { mergeDayTimeRefiner } from "./refiners/merge-day-time";
import { modifierRefiner } from "./refiners/modifier";
import { notADateRefiner } from "./refiners/not-a-date";

export const PARSERS: Gate[] = [
  // chrono's own, first and in chrono's order: full and numeric dates ("2025-02-12", "2/12/2025",
  // "12 February", "February 12"), clock times, "February 2025". Its weekday, casual-date and
  // relative parsers are left out: ours below read them the way news means them.
  kept.yearMonthDay,
  kept.isoFormat,
  kept.slashDate,
  kept.monthNameLittleEndian,
  kept.monthNameMiddleEndian,
  kept.timeExpression,
  kept.yearMonthName,
  // ours: each a phrase chrono misreads or does not read
  weekdayGate, // "Friday": the latest one unless the clause points forward
  relativePeriodGate, // "last week", "this year", "the past decade"
  agoGate, // "two weeks ago", "a year earlier"
  durationGate, // "three years", "90 minutes", "the past five days"
  bareDurationGate, // "for years", "months of talks"
  allUnitGate, // "all day", "all-night"
  unitLongGate, // "weeklong", "decades-long"
  yearGate, // "in 2019"
  decadeGate, // "the 1990s", "the twenties", "the 21st century"
  quarterGate, // "the third quarter", "the first half", "the year-ago period"
  yearAgoAdjectiveGate, // "year-earlier", "year-ago" before something other than a quarter
  seasonGate, // "last spring", "the summer of 2001"
  monthGate, // "in November": chrono's month parser places a bare month in the wrong year
  coordinatedDayGate, // "April 24 and 25": chrono reads the first day only
  clockPhraseGate, // "in the morning", "at noon"
  referenceWordGate, // "now", "today", "recently", "the future"
  setGate, // "daily", "twice a week", "on Mondays"
  everyCountGate, // "every four years"
  partOfDayGate, // "this morning", "tonight"
  anchoredGate, // "that day", "the same week", "the day before": counted from another mention
  spelledYearGate, // "nineteen ninety-seven"
  yearEndGate, // "by year-end"
  thePeriodGate, // "the year", "the weekend", "the end of the month"
  holidayGate, // "Christmas Eve", "Thanksgiving", "Easter Monday"
];

export const REFINERS: Refiner[] = [
  // chrono's: overlap removal once before and once after the time zones (chrono's casual list has
  // it more often, in runs: it is idempotent); time zones only where one follows a result
  kept.overlapRemoval,
  kept.timezoneOffset,
  kept.timezoneAbbreviation,
  kept.overlapRemoval,
  // ours, on chrono's results and ours together
  trimPrepositionRefiner, // "on Friday" → "Friday"
  nativeTimexRefiner, // chrono's own results get a TIMEX3 spec; bare numbers read as hours are dropped
  mergeDayTimeRefiner, // "Jan. 20, 2025, at noon": one TIME mention
  modifierRefiner, // "early March", "about three years": TIMEX3 mod, span extended
  kept.overlapRemoval, // the spans the refiners above widened may now overlap
  notADateRefiner, // "Jan. 6 defendants", "the 2020 election" as an event name, "7-Eleven": not dates
];
