/**
 * Recurring times (TIMEX3 SET): "daily", "weekly", "quarterly", "annually", "every day", "each year",
 * "per month", "twice a week", "$5 a year", "every Friday".
 */
import { timexParser } from "./spec";
import { WEEKDAY, MONTH, weekdayOf, monthOf, unitOf, partOfDay } from "./lexicon";
import { durationValue } from "../timex";

const ADVERBS: Record<string, string> = {
  daily: "P1D", nightly: "P1D", weekly: "P1W", biweekly: "P2W", monthly: "P1M", quarterly: "P3M", annually: "P1Y",
  yearly: "P1Y", hourly: "PT1H", semiannually: "P6M", "semi-annually": "P6M", biannually: "P6M",
};

const PATTERN = new RegExp(
  `(?<![\\w-])(?:(daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|semi-?annually|biannually)|(?:([Ee]very|[Ee]ach|[Pp]er|a)(?:\\s+other)?\\s+(${WEEKDAY}|day|week|month|year|quarter|hour|minute|decade|morning|night|evening|summer|winter|spring|weekend|${MONTH}))|((?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)(?:s|\\s+(mornings|afternoons|evenings|nights)))(?![\\w-])`,
  "g",
);

export const setParser = timexParser(PATTERN, (match, context) => {
  // "Mondays", "Tuesday nights": that weekday every week (TIMEX3 XXXX-WXX-2TNI)
  if (match[4]) {
    const wd = weekdayOf(match[4]);
    return { type: "SET", value: `XXXX-WXX-${wd === 0 ? 7 : wd}${match[5] ? partOfDay(match[5].replace(/s$/i, "")) : ""}` };
  }
  if (match[1]) {
    const word = match[1].toLowerCase();
    const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 14);
    if (/^(?:quarterly|monthly|annually|yearly)$/.test(word) && /^\s+[a-z]/.test(after)) return null; // "quarterly dividend": an adjective
    if (/^(?:monthly|weekly|daily|quarterly)$/.test(word) && /^\s+(?:mail|newspaper|paper|magazine|publication|show|star|beast|news|telegraph|mirror|express|caller|journal)\b/i.test(after)) return null;
    return { type: "SET", value: ADVERBS[word.replace("-", "")] ?? ADVERBS[word] };
  }
  const q = match[2].toLowerCase();
  const what = match[3];
  const before = context.text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0);
  if (q === "a" && !/(?:\d|\bonce|\btwice|\btimes|\bthree|\bfour|\bdollars?|\bcents?|\bpercent|%|\bmillion|\bbillion|\bhours?|\bdays?)\s*$/i.test(before)) return null;
  // an amount per period ("$1.76 a year", "358,000 a month", "four flights a week"): TimeBank leaves it unannotated
  if (q === "a" && !/\b(?:once|twice|times|hours?|days?)\s*$/i.test(before)) return null;
  if (q === "each" && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(what) === false && /\bfor\s*$/i.test(before)) return null;
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
