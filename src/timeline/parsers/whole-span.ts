/**
 * Durations named by a unit with no count: the whole of one unit ("all year", "all night long", an
 * "all-day meeting") and "-long" compounds ("a weeklong summit", "a day-long meeting", "the
 * decades-long feud"). TimeBank annotates "day-long" as P1D and "decades-long" as a vague stretch;
 * a singular unit counts one, a plural one an unknown number, as for bare "decades" (PXDE).
 * "all night" is P1D, as "three nights" is P3D: a night is the day's unit, not twelve hours.
 */
import { timexParser } from "./spec";
import { unitOf } from "./lexicon";
import { durationValue } from "../timex";
import type { Gate } from "../gate";
import { textAfter } from "./clause";

/** the units "all …" takes: "all day", "all-night" */
const ALL_UNITS = ["day", "night", "week", "month", "year"];
const ALL = new RegExp(`(?<![\\w-])[Aa]ll(?:\\s+|-)(${ALL_UNITS.join("|")})(\\s+long)?(?![\\w-])`, "g");

export const allUnitParser = timexParser(ALL, (match, context) => {
  const i = match.index ?? 0;
  const after = textAfter(context.text, i + match[0].length, 10);
  // "all day's events": the day named, not its length; "open all year round": a habit, not a stretch
  if (/^['’]s?\b/.test(after) || (!match[2] && /^[\s-]+round\b/i.test(after))) return null;
  return { type: "DURATION", value: durationValue(1, unitOf(match[1])) };
});

const LONG = /(?<![\w-])(days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?)-?long(?![\w-])/gi;

export const unitLongParser = timexParser(LONG, (match) => {
  const word = match[1].toLowerCase();
  return { type: "DURATION", value: durationValue(/s$/.test(word) ? null : 1, unitOf(word)) };
});

export const allUnitGate: Gate = {
  parser: allUnitParser,
  trigger: new RegExp(`\\ball[\\s-]+(?:${ALL_UNITS.join("|")})\\b`, "i"),
  words: { whole: ALL_UNITS },
};

export const unitLongGate: Gate = {
  parser: unitLongParser,
  trigger: /(?:day|night|week|month|year|decade|centur(?:y|ie)|hour|minute)s?-?long\b/i,
  // "weeklong" is one word; "week-long" two
  words: { whole: [..."day night week month year decade hour minute".split(" ").map((u) => `${u}s?(?:long)?`), "centur(?:y|ies)(?:long)?"] },
};
