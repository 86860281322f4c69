/**
 * Dates counted from the previous date in the story: "the previous day", "the day before",
 * "the next day", "the following week", "that day", "the same month", "later that year", "later in
 * the day", "earlier in the year": the period the story is at. TimeBank spans "earlier in the year"
 * whole but "later in the day" as "the day" alone, and so do we. "The day
 * before the market plunged" after a date ("Oct. 12, the day before …") is that date, described by the
 * clause, and so is "the day before returning home": only "the day" is the expression there; "the day
 * after his death" counts a day from the last named date; "the same day as the Nov. 5 election" is
 * the date named after it. The value here is counted from the publication date (never past it
 * unless the clause looks ahead); resolve.ts recounts it from the anchor (`rel`).
 */
import { timexParser, refDay } from "./spec";
import { pointsForward } from "./clause";
import { MONTH, WEEKDAY, unitOf } from "./lexicon";
import { formatAt, shift } from "../timex";
import type { Gate } from "../gate";

/** a day written out right before ", the day …": "March 3, 2010, the day the law passed", "Tuesday, the day …" */
const DAY_BEFORE = `(?:(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s+\\d{4})?|[A-Z][a-z]+day),\\s*`;

const PATTERN = new RegExp(
  "(?<![\\w-])(?:" +
    // 1, 2: "the previous day", "that year", "later that day", "later in the week"
    "([Tt]he\\s+(?:previous|prior|following|next|same|preceding)|[Tt]hat|[Ll]ater\\s+that|[Ee]arlier\\s+that|[Ee]arly\\s+that|[Ll]ate\\s+that|(?:[Ll]ater|[Ee]arlier)\\s+in\\s+the(?=\\s+(?:week|month|year)))\\s+(day|week|month|year|morning|afternoon|evening|night)" +
    // 3, 4: "the day after", "the year before" (not right after a date: see 5)
    "|(?<!(?:\\d|day|[A-Z][a-z]+\\.?),\\s*)[Tt]he\\s+(day|week|month|year)\\s+(before|after|earlier|later)(?!\\s+[a-z]+ing\\b)" +
    // 5: "Oct. 12, the day before the market plunged", "the day before returning home"
    "|[Tt]he\\s+(day)(?=\\s+(?:before|after)\\s+[A-Za-z$“\"])" +
    // 6: "later in the day" is found at "the day": a look-behind, since a match rejected at "Later" would
    // be retried by chrono on text cut after it, where no look-behind could see the word
    "|(?<=(?:[Ll]ater|[Ee]arlier)\\s+in\\s+)[Tt]he\\s+(day)" +
    // 7: "March 3, 2010, the day the law passed": the date just written, renamed
    `|(?<=${DAY_BEFORE})[Tt]he\\s+(day)(?!\\s+(?:before|after)\\b)` +
    ")(?![\\w-])",
  "g",
);

export const anchoredParser = timexParser(PATTERN, (match, context) => {
  const head = (match[1] ?? "").toLowerCase();
  const unitWord = (match[2] ?? match[3] ?? match[5] ?? match[6] ?? match[7]).toLowerCase();
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
  const end = (match.index ?? 0) + match[0].length;
  // "on the same day as the Nov. 5 general election": the date named next, not the one before
  const ahead = /same/.test(head) && /^\s+as\b/.test(context.text.slice(end, end + 4));
  // the value used when the story names no date to count from: "The day after the shooting, police
  // arrested him" in a story without dates happened by the publication day, not after it
  const fallback = n > 0 && !pointsForward(context.text, match.index ?? 0, match[0].length) ? 0 : n;
  const value = formatAt(shift(refDay(context), unit, fallback), unit);
  return { type: part ? "TIME" : "DATE", value, mod, rel: { unit, n, gran: unit, ...(ahead ? { ahead } : {}) } };
});

export const anchoredGate: Gate = {
  parser: anchoredParser,
  trigger: /\b(?:the|that)\s+(?:\w+\s+)?(?:day|week|month|year|morning|afternoon|evening|night)\b/i,
  words: { whole: ["day", "week", "month", "year", "morning", "afternoon", "evening", "night"] },
};
