/**
 * "last week", "this month", "next year", "earlier this week", "the current quarter": the calendar unit
 * itself, not a day inside it (chrono turns "last month" into a day and "this week" into a Sunday).
 * Weeks stay weeks (2025-W04), months months, quarters quarters.
 *
 * "The past year", "the last decade" are rolling windows ending now, not the calendar year or decade
 * before this one: "prices rose over the last year" says nothing about 2024 as such. So are "the
 * next year", "the coming decade" after over/for/during/within/in/throughout ("will add $1 trillion
 * over the next decade"); without such a word "The next year, he ran again" counts on from the
 * story's last date (anchored.ts). "The last year of the war" and "in 2010, the last year of the
 * study" name a calendar year, so they stay dates.
 */
import { timexParser, refDay } from "./spec";
import { unitOf } from "./lexicon";
import type { TimexSpec, Unit } from "../types";
import { durationValue, formatAt, shift } from "../timex";
import type { Gate } from "../gate";
import { textBefore, textAfter } from "./clause";

/** a window ahead needs a word that measures it; "the next year" alone is narrative */
const MEASURED = /\b(?:over|for|during|within|in|throughout|through)(?:\s+(?:just|only|at\s+least|about|roughly|nearly|much\s+of|most\s+of|all\s+of|part\s+of|the\s+course\s+of))?\s+$/i;
/** "2010, the last year …": an appositive renaming the year just written */
const YEAR_BEFORE = /\b((?:1[6-9]|20)\d\d),\s*$/;

const PATTERN =
  /(?<![\w-])((?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?:this|last|next)|(?:[Tt]he\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]urrent|[Cc]oming|[Tt]his past|[Tt]his coming)|[Tt]he\s+(?:past|previous|current|coming|last|latest|present))\s+(week|weekend|month|year|decade|century|fiscal year)(?![\w-])((?<=[Tt]he\s+(?:past|last|next|coming)\s+(?:year|decade))\s+(?:and\s+a\s+half|or\s+so)(?![\w-]))?/g;

export const relativePeriodParser = timexParser(PATTERN, (match, context) => {
  const head = match[1].toLowerCase().replace(/\s+/g, " ");
  if (/\b(this|last|next)\b/.test(head) && /^[A-Z][a-z]+ [A-Z]/.test(match[0])) return null; // "This Week", a title
  const unit: Unit = /fiscal/.test(match[2]) ? "Y" : unitOf(match[2]);
  const ref = refDay(context);
  let n = 0;
  if (/\b(last|past|previous)\b/.test(head) && !/this past/.test(head)) n = -1;
  if (/\b(next|coming)\b/.test(head)) n = 1;
  if (/this past/.test(head)) n = unit === "WE" ? -1 : 0;
  if (/^the (past|last)$/.test(head) && (unit === "W" || unit === "M")) {
    return { type: "DURATION", value: unit === "W" ? "P1W" : "P1M", dir: "past" };
  }
  if (/^the (past|last|next|coming)$/.test(head) && (unit === "Y" || unit === "DE") && match[2] !== "fiscal year") {
    const window = rollingWindow(match, context.text, unit, n);
    if (window !== undefined) return window;
  }
  let mod: string | undefined;
  if (/^(earlier|early)/.test(head)) mod = "EARLY";
  if (/^(later|late)/.test(head)) mod = "LATE";
  if (unit === "DE" && n === -1 && /^the/.test(head)) {
    return { type: "DATE", value: formatAt(shift(ref, "DE", -1), "DE"), dir: "past" };
  }
  if (unit === "C") return { type: "DATE", value: formatAt(shift(ref, "C", n), "C"), mod };
  const value = formatAt(shift(ref, unit, n), unit);
  return { type: "DATE", value, mod, dir: n < 0 ? "past" : n > 0 ? "future" : undefined };
});

/**
 * "the past/last/next/coming year|decade" as a window (DURATION), as a calendar year (undefined: the
 * caller's DATE), or null when anchored.ts should count it from the story's last date ("The next
 * year, he ran again"). The span may take "and a half" (P1Y6M) or "or so" (APPROX).
 */
function rollingWindow(match: RegExpMatchArray, text: string, unit: Unit, n: number): TimexSpec | null | undefined {
  const i = match.index ?? 0;
  const before = textBefore(text, i, 40);
  const after = textAfter(text, i + match[0].length, 12);
  const tail = (match[3] ?? "").trim().toLowerCase();
  const dir = n < 0 ? "past" : "future";
  const year = before.match(YEAR_BEFORE);
  if (year && !tail) return { type: "DATE", value: year[1] };
  if (!tail) {
    if (/^\s+of\b|^['’]s\b/i.test(after)) return undefined; // "the last year of the war", "the past year's gains"
    if (n > 0 && !MEASURED.test(before)) return /next/i.test(match[1]) ? null : undefined;
  }
  const value = durationValue(tail === "and a half" ? 1.5 : 1, unit);
  return { type: "DURATION", value, mod: tail === "or so" ? "APPROX" : undefined, dir };
}

export const relativePeriodGate: Gate = {
  parser: relativePeriodParser,
  trigger: /week|month|year|decade|centur/i,
  words: { whole: ["week", "weekend", "month", "year", "decade", "century"] },
};
