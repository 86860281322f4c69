/**
 * Years written out, as broadcast transcripts write them: "nineteen ninety-six", "nineteen eighty",
 * "the year two thousand", "two thousand and one". chrono and the digit year parser miss them.
 */
import { timexParser } from "./spec";
import { MONTH, monthOf } from "./lexicon";
import type { Gate } from "../gate";

const TENS: Record<string, number> = { twenty: 2, thirty: 3, forty: 4, fifty: 5, sixty: 6, seventy: 7, eighty: 8, ninety: 9 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const CENTURY: Record<string, number> = { seventeen: 17, eighteen: 18, nineteen: 19 };

const UNIT = "one|two|three|four|five|six|seven|eight|nine";
const PATTERN = new RegExp(
  `(?<![\\w-])(?:(${MONTH})\\s+(?=seventeen|eighteen|nineteen|two))?(?:(seventeen|eighteen|nineteen)[\\s-](?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](${UNIT}))?|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|oh[\\s-](${UNIT}))|([Tt]he\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT}|ten))?)(?![\\w-])`,
  "gi",
);

export const spelledYearParser = timexParser(PATTERN, (whole, context) => {
  // "January nineteen ninety-seven": the month of that year; groups after the month as if it were not there
  const month = whole[1] ? monthOf(whole[1]) : 0;
  const match = [whole[0], ...whole.slice(2)] as unknown as RegExpMatchArray;
  match.index = whole.index;
  const withMonth = (year: number) => (month ? `${year}-${String(month).padStart(2, "0")}` : String(year));
  if (match[1]) {
    const century = CENTURY[match[1].toLowerCase()];
    const rest = match[2] ? 10 * TENS[match[2].toLowerCase()] + (match[3] ? UNITS[match[3].toLowerCase()] : 0) : match[4] ? TEENS[match[4].toLowerCase()] : UNITS[(match[5] ?? "").toLowerCase()];
    return { type: "DATE", value: withMonth(century * 100 + rest) };
  }
  // "two thousand" is a count ("two thousand people") unless named a year or followed by nothing countable
  const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 20);
  if (!match[6] && !month && !/^\s*(?:[.,;:!?]|$|\s+(?:and|when|the|was|will|is)\b)/i.test(after)) return null;
  const unit = match[7]?.toLowerCase();
  return { type: "DATE", value: withMonth(2000 + (unit ? (unit === "ten" ? 10 : UNITS[unit]) : 0)) };
});

export const spelledYearGate: Gate = {
  parser: spelledYearParser,
  trigger: /\b(?:seventeen|eighteen|nineteen|two thousand)\b/i,
  words: { whole: ["seventeen", "eighteen", "nineteen", "thousand"] },
};
