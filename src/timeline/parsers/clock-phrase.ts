/**
 * Clock times said in words: "4 in the morning", "eight in the evening", "11 at night", "at midday",
 * "at noon". chrono reads "4 a.m." but not these. A time of the publication day, as chrono's own bare
 * clock times are (TIMEX3 2025-01-25T04:00).
 */
import { timexParser, refDay } from "./spec";
import { formatDay } from "../timex";
import { partOfDay } from "./lexicon";
import type { Gate } from "../gate";

const HOURS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const PATTERN =
  /(?<![\w$£€.:-])(?:(\d{1,2})(?::(\d\d))?|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+o['’]clock)?\s+(in\s+the\s+(morning|afternoon|evening)|at\s+night)(?![\w-])|(?<=\b(?:at|by|until|till|from|before|after|around|about|since|past)\s+)(midday|noon)(?![\w-])/gi;

export const clockPhraseParser = timexParser(PATTERN, (match, context) => {
  const day = formatDay(refDay(context));
  if (match[6]) return { type: "TIME", value: day + partOfDay(match[6]) };
  const hour = match[1] !== undefined ? +match[1] : HOURS[(match[3] ?? "").toLowerCase()];
  const minute = match[2] ?? "00";
  if (!hour || hour > 12 || +minute > 59) return null;
  const part = (match[5] ?? "night").toLowerCase();
  // morning hours stay (12 in the morning is midnight); afternoon and evening add twelve; "at night"
  // adds twelve from 6 ("11 at night") but not to the small hours ("2 at night")
  let h = hour;
  if (part === "morning") h = hour % 12;
  else if (part === "night") h = hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  else h = hour === 12 ? 12 : hour + 12;
  return { type: "TIME", value: `${day}T${String(h).padStart(2, "0")}:${minute}` };
});

export const clockPhraseGate: Gate = {
  parser: clockPhraseParser,
  trigger: /\b(?:in the (?:morning|afternoon|evening)|at night|midday|noon)\b/i,
  words: { whole: ["morning", "afternoon", "evening", "night", "midday", "noon"] },
};
