/**
 * Dates counted from the previous date in the story: "the previous day", "the day before",
 * "the next day", "the following week", "that day", "the same month", "later that year", "later in
 * the day", "earlier in the year": the period the story is at. TimeBank spans "earlier in the year"
 * whole but "later in the day" as "the day" alone, and so do we. "The day
 * before the market plunged" after a date ("Oct. 12, the day before …") is that date, described by the
 * clause, and so is "the day before returning home": only "the day" is the expression there; "the day
 * after his death" counts a day from the last named date. The value
 * here is counted from the publication date; resolve.ts recounts it from the anchor (`rel`).
 */
import { timexParser, refDay } from "./spec";
import { MONTH, WEEKDAY, unitOf } from "./lexicon";
import { formatAt, shift } from "../timex";

const PATTERN =
  /(?<![\w-])(?:([Tt]he\s+(?:previous|prior|following|next|same|preceding)|[Tt]hat|[Ll]ater\s+that|[Ee]arlier\s+that|[Ee]arly\s+that|[Ll]ate\s+that|(?:[Ll]ater|[Ee]arlier)\s+in\s+the(?=\s+(?:week|month|year)))\s+(day|week|month|year|morning|afternoon|evening|night)|(?<!(?:\d|day|[A-Z][a-z]+\.?),\s*)[Tt]he\s+(day|week|month|year)\s+(before|after|earlier|later)(?!\s+[a-z]+ing\b)|[Tt]he\s+(day)(?=\s+(?:before|after)\s+[A-Za-z$“"])|(?<=(?:[Ll]ater|[Ee]arlier)\s+in\s+)[Tt]he\s+(day))(?![\w-])/g;
// ("later in the day" is found at "the day": a look-behind, since a match rejected at "Later" would be
// retried by chrono on text cut after it, where no look-behind could see the word)

export const anchoredParser = timexParser(PATTERN, (match, context) => {
  const head = (match[1] ?? "").toLowerCase();
  const unitWord = (match[2] ?? match[3] ?? match[5] ?? match[6]).toLowerCase();
  const after = (match[4] ?? "").toLowerCase();
  let n = 0;
  if (/previous|prior|preceding/.test(head) || /before|earlier/.test(after)) n = -1;
  if (/following|next/.test(head) || /after|later/.test(after)) n = 1;
  const part = /morning|afternoon|evening|night/.test(unitWord);
  const unit = part ? "D" : unitOf(unitWord);
  if (head === "that" && /week|month/.test(unitWord)) return null; // "that week" is often vague
  // "earlier in the day Wednesday", "earlier in the day on Saturday": the weekday names the day
  if (match[6] && new RegExp(`^,?\\s+(?:on\\s+)?(?:${WEEKDAY}|${MONTH})`).test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
  const mod = /later|late/.test(head) ? "LATE" : /earl/.test(head) ? "EARLY" : undefined;
  const value = formatAt(shift(refDay(context), unit, n), unit);
  return { type: part ? "TIME" : "DATE", value, mod, rel: { unit, n, gran: unit } };
});
