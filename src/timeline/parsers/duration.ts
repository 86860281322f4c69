/**
 * Durations: "three years", "90 minutes", "a two-year term", "the past two months", "several weeks",
 * "years". chrono reads these as dates (or not at all); TimeML writes them as P3Y, PT90M, P2M, PXW, PXY.
 * Ages ("45-year-old") are not durations of the story and are skipped. "two more weeks", "an
 * additional year": the count still measures the stretch (TimeBank P2W, P1Y), not a bare "weeks".
 */
import { timexParser } from "./spec";
import { COUNT, MODALS, UNIT, UNIT_WORDS, countValue, unitOf } from "./lexicon";
import type { Unit } from "../types";
import { durationValue } from "../timex";
import type { Gate } from "../gate";
import { textBefore, textAfter } from "./clause";

/** "last" as an adjective ("the last six weeks"), not the verb ("expected to last six weeks", "will last two days") */
const LAST_NOT_VERB = `(?<!(?:\\b(?:to|${MODALS}|can|did|does|do|not)|n['’]t|['’]ll)\\s+)last`;

const PATTERN = new RegExp(
  `(?<![\\w$£€-])((?:[Tt]he\\s+)?(?:(?:past|${LAST_NOT_VERB}|next|first|final|coming|previous|latest|remaining|following|initial|ensuing|preceding|same)\\s+)?)(${COUNT})(?:\\s+(?:more|additional|further|extra))?(?:\\s+|-)(${UNIT})(?![\\w])(-old|\\s+old)?(\\s+and\\s+a\\s+half(?![\\w-]))?`,
  "gi",
);

/** What comes before "a year" when it is a rate: an amount, a counted noun, "once", "twice", "times". */
export const RATE_BEFORE = /(?:\d(?:[\d,.]*)(?:\s+(?:million|billion|thousand|percent|cents?|dollars?|[a-z]+s))?|\b(?:once|twice|times)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|several|few|many)\s+[a-z]+s)\s*$/i;

export const durationParser = timexParser(PATTERN, (match, context) => {
  if (match[4]) return null; // an age
  const text = match[0];
  const after = context.text.slice((match.index ?? 0) + text.length, (match.index ?? 0) + text.length + 12);
  if (/^-old\b|^\s*-\s*old\b|^(?:-|\s)olds?\b/.test(after)) return null;
  const countText = match[2];
  // "a minute and a half", "two years and a half": the half goes with the count
  const n = match[5] ? (countValue(countText) ?? NaN) + 0.5 : countValue(countText);
  if (Number.isNaN(n)) return null;
  if (n === null && !/several|few|many|some|number|numerous|dozens|hundreds|couple/i.test(countText)) return null;
  if (/^(?:a|an)$/i.test(countText) && !match[1] && /^\s*(?:ago|earlier)/.test(after)) return null;
  const unit = unitOf(match[3]);
  if (unit === "WE") return null;
  // a rate: "$1.76 a year", "four flights a week", "twice a day" (the set parser's, or not annotated)
  if (/^(?:a|an)$/i.test(countText) && !match[1] && RATE_BEFORE.test(textBefore(context.text, match.index ?? 0, 30))) return null;
  if (/^(?:a|an|one)$/i.test(countText) && /s$/i.test(match[3])) return null; // "a years-long silence"
  if (/^\d/.test(countText) && n !== null && n > 1000) return null;
  // "three-quarters of its food", "more than a quarter of the market": fractions, not quarters of a
  // year; "a quarter-point", "a quarter-century": compounds
  const tail = textAfter(context.text, (match.index ?? 0) + text.length, 40);
  // "another quarter (23 percent) favor it": a fraction of the people polled, unless a span is meant
  if (unit === "Q" && /^another$/i.test(countText) && !/\b(?:for|in|over|within|after)\s+$/i.test(textBefore(context.text, match.index ?? 0, 12))) return null;
  if (unit === "Q" && (/-quarters$/i.test(text) || /^-[a-z]/i.test(tail) || /^\s+of\b(?!\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:fiscal\s+|calendar\s+)?(?:year|(?:19|20)\d\d)\b)/i.test(tail))) return null;
  // "couple" with neither "a" nor "the next"/"the past" before it is the noun ("the couple weeks later")
  if (/^couple/i.test(countText) && !/\S/.test(match[1].replace(/^the\s+/i, ""))) return null;
  if (/^another$/i.test(countText) && !anotherCounts(context.text, match.index ?? 0, after, unit)) return null;
  // "a second group", "a second betrayal": the ordinal, not one second
  if (unit === "S" && /^(?:a|one|another)$/i.test(countText) && /^\s+[a-z]/.test(after) && !/^\s+(?:ago|later|earlier|after|before|or|and|of|in|to|for|longer|too)\b/.test(after)) return null;
  // "60 Minutes", "48 Hours": a programme title (a capitalised unit after a number)
  if (/^\d/.test(countText) && /^[A-Z][a-z]/.test(match[3])) return null;
  return { type: "DURATION", value: durationValue(n, unit) };
});

/**
 * "another week" counts one more unit ("talks will last another week"), but "another day" is also
 * "some other day": "a question for another day", "live to fight another day", "on another day",
 * "another day, another protest", "putting it off for another day --". A "for another day" ending
 * its clause is the idiom unless a verb of lasting comes before it ("stayed for another day").
 */
function anotherCounts(text: string, index: number, after: string, unit: Unit): boolean {
  const before = textBefore(text, index, 40);
  if (/^\s*,\s*another\b/i.test(after)) return false;
  // "it was just another week in the saga": an ordinary one, not one more
  if (/\b(?:just|only|merely|simply)\s+$/i.test(before)) return false;
  if (unit !== "D") return true;
  if (/\b(?:on|until|till|fight|see|live)\s+$/i.test(before)) return false;
  if (/\bfor\s+$/i.test(before) && /^\s*(?:[.,;:!?)"”—–-]|$)/.test(after) && !/\b(?:stay|wait|remain|continue|last|run|extend|keep|hold|linger|delay|postpone)\w*\s+(?:\w+\s+)?for\s+$/i.test(before)) return false;
  return true;
}

/**
 * Bare plural units: "years", "for months", "decades", "days" → PXY, PXM, PXDE, PXD. Capitalised only
 * where a sentence starts ("Days later, …"): elsewhere "Days" is a name ("Days Inn"). "in the weeks
 * before the vote", "in the years that followed": TimeBank leaves "the" out of the span.
 */
const BARE = /(?<![\w-])((?:[Tt]he\s+(?!\w+\s+(?:before|after|that|since)\b))?(?:(?:past|last|coming|next|recent)\s+)?)([Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ecades|[Cc]enturies|[Hh]ours|[Mm]inutes|[Dd]ays)(?![\w-])/g;

export const bareDurationParser = timexParser(BARE, (match, context) => {
  const i = match.index ?? 0;
  const before = textBefore(context.text, i, 12);
  if (/\d\s*$|\b(?:of|these|those|recent|for many|\w+ty|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple)\s*$/i.test(before)) return null;
  // capitalised: a sentence's first word ("Days later, …"), not a name ("Days Inn", "Happy Days")
  if (/^[A-Z]/.test(match[2]) && (match[1] !== "" || !/^\s*["“'‘(]?\s*$/.test(context.text.slice(0, i)) || /^\s+[A-Z]/.test(context.text.slice(i + match[0].length)))) return null;
  const unit = unitOf(match[2]);
  if (unit === "D" && !daysAreAStretch(context.text, i, match[0].length)) return null;
  // TimeBank: "in recent years" is a stretch of unknown length (PXY), "recent hours" the recent past
  if (/recent/i.test(match[1])) return /^(?:years|months|weeks)$/i.test(match[2]) ? { type: "DURATION", value: durationValue(null, unit) } : { type: "DATE", value: "PAST_REF" };
  return { type: "DURATION", value: durationValue(null, unit) };
});

/**
 * "days" is a stretch ("it took days", "days later") far less often than "years": it also names a
 * time of life or an era ("these days", "his early days", "the days of the Cold War", "the days
 * when…", "on days when…", "her days are numbered", "the Clinton days") and counts with a noun
 * between ("30 business days", which the count does not reach).
 */
function daysAreAStretch(text: string, index: number, length: number): boolean {
  const before = textBefore(text, index, 40);
  const after = textAfter(text, index + length, 20);
  if (/^\s+(?:of|are\s+numbered|when|where|which|that|in\s+which)\b/.test(after)) return false;
  // "the race's closing days", "the Clinton days", "their worst days since 2008"
  if (/['’]s\s+(?:\w+\s+)?$|\bthe\s+[A-Z][\w.]*\s+$|\b(?:\w{2,}est|worst)\s+$/.test(before)) return false;
  if (/\b(?:his|her|their|its|our|my|your|whose|early|old|olden|good|bad|better|dark|glory|final|first|closing|opening|waning|dying|half|happy|heady|halcyon|salad|school|sick|snow|rainy|sunny|numbered|some|most|other|all|both|which|what|such|those|different|certain|alternate|election|business|trading|calendar|working|work|vacation|hot|cold|dog)\s+$/i.test(before)) return false;
  // a count with a noun between: "eight trading days"
  if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|few|several|many))\s+[\w-]+\s+$/i.test(before)) return false;
  return true;
}

export const durationGate: Gate = {
  parser: durationParser,
  trigger: /year|month|week|day|hour|minute|second|decade|centur|millenni|night|quarter|\b(?:hrs?|mins?|secs?)\b/i,
  // the abbreviations and millennia need a number or another time word beside them
  words: { whole: UNIT_WORDS, companions: ["millenni(?:um|a)", "hrs?", "mins?", "secs?"] },
};

export const bareDurationGate: Gate = {
  parser: bareDurationParser,
  trigger: /\b(?:years|months|weeks|decades|centuries|hours|minutes|days)\b/i,
  words: { whole: ["years", "months", "weeks", "decades", "centuries", "hours", "minutes", "days"] },
};
