/**
 * "last week", "this month", "next year", "earlier this week", "the current quarter": the calendar unit
 * itself, not a day inside it (chrono turns "last month" into a day and "this week" into a Sunday).
 * Weeks stay weeks (2025-W04), months months, quarters quarters.
 */
import { timexParser, refDay } from "./spec";
import { unitOf, type Unit } from "./lexicon";
import { formatAt, shift } from "../timex";

const PATTERN =
  /(?<![\w-])((?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?:this|last|next)|(?:[Tt]he\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]urrent|[Cc]oming|[Tt]his past|[Tt]his coming)|[Tt]he\s+(?:past|previous|current|coming|last|latest|present))\s+(week|weekend|month|year|decade|century|fiscal year)(?![\w-])/g;

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
