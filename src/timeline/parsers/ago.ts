/**
 * "two weeks ago", "a year earlier", "three days later", "five years from now". The value keeps the
 * unit's granularity (a year ago → 2024, not a day). "earlier"/"later" count from the last date the
 * article mentioned when there is one; resolve.ts applies the `rel` step.
 */
import { timexParser, refDay } from "./spec";
import { COUNT, UNIT, countValue, unitOf } from "./lexicon";
import { formatAt, shift } from "../timex";
import type { Gate } from "../gate";

/** the words after the count and unit, and which way each counts */
const DIRECTIONS = ["ago", "earlier", "later", "from now", "hence", "back", "previously", "prior"];

const PATTERN = new RegExp(
  `(?<![\\w-])(${COUNT})\\s+(${UNIT})\\s+(${DIRECTIONS.join("|")})(?![\\w-])`,
  "gi",
);

export const agoParser = timexParser(PATTERN, (match, context) => {
  if (/^couple/i.test(match[1])) return null; // "the couple years later married": the noun, not "a couple"
  const n = countValue(match[1]);
  const unit = unitOf(match[2]);
  const word = match[3].toLowerCase();
  const sign = /ago|earlier|before|back|previously|prior/.test(word) ? -1 : 1;
  // "a few hours later" in a story told in the past is no future: a stretch of unknown length after the
  // last event (TimeBank: "A few days" PXD, the duration parser's), not a point relative to publication
  if (n === null) return /earlier|later/.test(word) ? null : { type: "DATE", value: sign < 0 ? "PAST_REF" : "FUTURE_REF" };
  if (unit === "H" || unit === "MIN" || unit === "S") return null;
  const ref = refDay(context);
  const gran = unit === "WE" ? "W" : unit === "DE" || unit === "C" ? "Y" : unit;
  const step = Math.round(n);
  const value = formatAt(shift(ref, unit, sign * step), gran);
  const fromAnchor = /earlier|later|before|after|prior/.test(word);
  return { type: "DATE", value, dir: sign < 0 ? "past" : "future", rel: { unit, n: sign * step, gran: fromAnchor ? undefined : gran } };
});

export const agoGate: Gate = {
  parser: agoParser,
  trigger: new RegExp(`\\b(?:${DIRECTIONS.join("|")})\\b`, "i"),
  // the last word of each ("from now": "now"); "hence", "back" and "prior" count only beside a time word
  words: { whole: DIRECTIONS.map((d) => d.split(" ").pop()!), companions: ["hence", "back", "prior"] },
};
