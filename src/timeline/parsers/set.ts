/**
 * Recurring times (TIMEX3 SET): "daily", "weekly", "quarterly", "annually", "every day", "each year",
 * "per month", "twice a week", "three times a day", "$5 a year", "every Friday", "every two weeks",
 * "every five to seven minutes". TimeML writes how often in `freq` ("twice a week": P1W, 2X); we keep
 * the value only, with the count inside the span.
 */
import { timexParser } from "./spec";
import { WEEKDAY, MONTH, COUNT, UNIT, weekdayOf, monthOf, unitOf, partOfDay, countValue } from "./lexicon";
import { durationValue } from "../timex";
import type { Gate } from "../gate";
import { textBefore } from "./clause";
import { WEEKDAY_NAMES, capitalised } from "../../text/calendar";

const ADVERBS: Record<string, string> = {
  daily: "P1D", nightly: "P1D", weekly: "P1W", biweekly: "P2W", monthly: "P1M", quarterly: "P3M", annually: "P1Y",
  yearly: "P1Y", hourly: "PT1H", semiannually: "P6M", "semi-annually": "P6M", biannually: "P6M",
};

/** Either case for a word's first letter: "Once a week" opens a sentence as often as "once a week" follows a verb. */
const anyFirst = (words: string[]) => words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const TIMES_COUNT = `(?:\\d+|${anyFirst(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "multiple", "a few", "a couple of", "a dozen", "dozens of"])})`;
/** How often in each period: "once", "twice", "three times", "six or seven times" (TimeML's freq; the span takes it in). */
const HOW_OFTEN = `(?:${anyFirst(["once", "twice", "thrice"])}|${TIMES_COUNT}(?:\\s*(?:or|to|-|–)\\s*${TIMES_COUNT})?\\s+times)`;

const PATTERN = new RegExp(
  `(?<![\\w-])(?:(daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|semi-?annually|biannually)|(?:(${HOW_OFTEN}\\s+)?([Ee]very|[Ee]ach|[Pp]er|a)(?:\\s+other)?\\s+(${WEEKDAY}|day|week|month|year|quarter|hour|minute|decade|morning|night|evening|summer|winter|spring|weekend|${MONTH}))|(${WEEKDAY_NAMES.map(capitalised).join("|")})(?:s|\\s+(mornings|afternoons|evenings|nights)))(?![\\w-])`,
  "g",
);

/** weekday names as written ("Monday") */
const WEEKDAY_WORDS = new Set(WEEKDAY_NAMES.map(capitalised));

export const setParser = timexParser(PATTERN, (match, context) => {
  // "Mondays", "Tuesday nights": that weekday every week (TIMEX3 XXXX-WXX-2TNI)
  if (match[5]) {
    const wd = weekdayOf(match[5]);
    return { type: "SET", value: `XXXX-WXX-${wd === 0 ? 7 : wd}${match[6] ? partOfDay(match[6].replace(/s$/i, "")) : ""}` };
  }
  if (match[1]) {
    const word = match[1].toLowerCase();
    const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 14);
    if (/^(?:quarterly|monthly|annually|yearly)$/.test(word) && /^\s+[a-z]/.test(after)) return null; // "quarterly dividend": an adjective
    if (/^(?:monthly|weekly|daily|quarterly)$/.test(word) && /^\s+(?:mail|newspaper|paper|magazine|publication|show|star|beast|news|telegraph|mirror|express|caller|journal)\b/i.test(after)) return null;
    return { type: "SET", value: ADVERBS[word.replace("-", "")] ?? ADVERBS[word] };
  }
  const howOften = match[2];
  const q = match[3].toLowerCase();
  const what = match[4];
  const before = textBefore(context.text, match.index ?? 0, 30);
  if (q === "a" && !howOften && !/(?:\d|\bonce|\btwice|\btimes|\bthree|\bfour|\bdollars?|\bcents?|\bpercent|%|\bmillion|\bbillion|\bhours?|\bdays?)\s*$/i.test(before)) return null;
  // an amount per period ("$1.76 a year", "358,000 a month", "four flights a week"): TimeBank leaves it unannotated
  if (q === "a" && !howOften && !/\b(?:once|twice|times|hours?|days?)\s*$/i.test(before)) return null;
  if (q === "each" && !WEEKDAY_WORDS.has(what) && /\bfor\s*$/i.test(before)) return null;
  const month = monthOf(what);
  if (month) return /^(?:every|each)$/i.test(q) ? { type: "SET", value: `XXXX-${String(month).padStart(2, "0")}` } : null; // "each July"
  const wd = weekdayOf(what);
  if (wd !== undefined) return { type: "SET", value: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
  if (/morning|night|evening/i.test(what)) return { type: "SET", value: "P1D" };
  if (/summer|winter|spring/i.test(what)) return { type: "SET", value: "P1Y" };
  if (/weekend/i.test(what)) return { type: "SET", value: "P1W" };
  if (/quarter/i.test(what)) return { type: "SET", value: "P3M" };
  return { type: "SET", value: durationValue(1, unitOf(what)) };
});

/**
 * "every two weeks", "every 10 years", "every few days", "every five to seven minutes": one SET over
 * the whole phrase (the duration parser would read "seven minutes" alone). A range or a vague count
 * leaves the number unknown (PTXM), as TimeBank writes "the next 12 to 18 months" (PXM).
 */
const EVERY_COUNT = new RegExp(
  `(?<![\\w-])(?:${HOW_OFTEN}\\s+)?[Ee]very\\s+(${COUNT})(?:\\s*(?:to|or|-|–)\\s*(${COUNT}))?(?:\\s+|-)(${UNIT})(?![\\w-])`,
  "g",
);

export const everyCountParser = timexParser(EVERY_COUNT, (match) => {
  if (/^(?:a|an|another|one)$/i.test(match[1])) return null; // "every one minute" is "every minute": the set parser's
  const unit = unitOf(match[3]);
  if (unit === "WE") return null;
  const n = match[2] ? null : countValue(match[1]);
  return { type: "SET", value: durationValue(n, unit) };
});

export const setGate: Gate = {
  parser: setParser,
  trigger: new RegExp(`\\b(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|semi-?annually|biannually|every|each|per)\\b|\\ba\\s+(?:day|week|month|year|quarter|hour|minute|decade)\\b|\\b(?:${WEEKDAY_NAMES.join("|")})(?:s|\\s+(?:mornings|afternoons|evenings|nights))\\b`, "i"),
  // "each", "per", "every" and the like say how often only beside a time word
  words: {
    whole: [
      "daily", "nightly", "weekly", "biweekly", "monthly", "quarterly", "annually", "yearly", "hourly", "semi", "biannually", "every", "each", "per",
      "day", "week", "month", "year", "quarter", "hour", "minute", "decade", ...WEEKDAY_NAMES.map((d) => `${d}s?`),
    ],
    companions: ["biweekly", "semi", "biannually", "every", "each", "per"],
  },
};

export const everyCountGate: Gate = { parser: everyCountParser, trigger: /\bevery\s/i, words: { whole: ["every"], companions: ["every"] } };
