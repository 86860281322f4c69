/**
 * The second of two days sharing one month name: "April 24 and 25", "Feb. 12 or 13", and the first
 * in "24 and 25 April". chrono reads the day written next to the month and leaves the other one. The
 * year is the one written after the pair, else picked as chrono's month-and-day dates are
 * (yearOfUndated).
 */
import type { Parser } from "chrono-node";
import { withSpec, refDay } from "./spec";
import { yearOfUndated } from "./clause";
import { MONTH, monthOf } from "./lexicon";
import { formatDay } from "../timex";
import type { Gate } from "../gate";
import { MONTH_WORD, MONTH_WORDS } from "./lexicon";

const DAY = "(\\d{1,2}(?!\\d)(?:st|nd|rd|th)?)";
const AND = ",?\\s+(?:and|or|&)\\s+";
const YEAR = "(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?!\\d))?";
/** what may not follow the lone number: a unit or a counted noun makes it an amount ("April 24 and 25 people") */
const NOT_AMOUNT = "(?![\\d:.,]\\d|\\s*(?:%|(?:percent|per|million|billion|thousand|hundred|people|persons|troops|times|points|votes|dollars|cents|shares|years?|months?|weeks?|days?|hours?|minutes?)\\b))";

// groups: 1 month, 2 first day, 3 lone second day, 4 year | 5 lone first day, 6 second day, 7 month, 8 year
const PATTERN = new RegExp(
  `(?<![\\w-])(?:(${MONTH})\\s+${DAY}${AND}${DAY}${NOT_AMOUNT}${YEAR}|${DAY}${AND}${DAY}\\s+(?:of\\s+)?(${MONTH})(?![\\w])${YEAR})`,
  "d",
);

export const coordinatedDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const monthFirst = match[1] !== undefined;
    const m = monthOf(monthFirst ? match[1] : match[7]);
    const lone = monthFirst ? 3 : 5;
    const d = parseInt(match[lone], 10);
    const other = parseInt(match[monthFirst ? 2 : 6], 10);
    const year = monthFirst ? match[4] : match[8];
    // a pair in order ("24 and 25"), else it is likely no pair of days ("June 30 and 3 others")
    if (!m || !match.indices || d < 1 || d > 31 || (monthFirst ? d <= other : d >= other)) return null;
    const at = (match.index ?? 0) + match.indices[lone][0] - match.indices[0][0];
    const ref = refDay(context);
    const y = year ? +year : yearOfUndated(context.text, match.index ?? 0, match[0].length, ref, m, d);
    const value = formatDay({ y, m, d });
    // "April 24 and 25, 1999": the lone day takes the year with it
    const text = monthFirst && year ? match[0].slice(match.indices[lone][0] - match.indices[0][0]) : match[lone];
    return withSpec(context.createParsingResult(at, text), { type: "DATE", value });
  },
};

export const coordinatedDayGate: Gate = { parser: coordinatedDayParser, trigger: MONTH_WORD, words: MONTH_WORDS };
