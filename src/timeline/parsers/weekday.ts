/**
 * Weekdays: "Friday", "last Friday", "next Tuesday", "Friday night". News reports the past, so a bare
 * weekday is the most recent one (the publication day itself included) unless the clause points
 * forward ("will meet on Friday"). chrono's own weekday parser picks the nearest day in either
 * direction, which puts half of a week's news in the future.
 */
import { timexParser, refDay } from "./spec";
import { pointsForward, textBefore } from "./clause";
import { MONTH_START, WEEKDAY, PART_OF_DAY, weekdayOf, partOfDay } from "./lexicon";
import { addDays, formatDay, weekday } from "../timex";
import type { Gate } from "../gate";
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, capitalised } from "../../text/calendar";

const PATTERN = new RegExp(
  `(?<![\\w-])(?:(noon|midday|midnight)\\s+)?(?:((?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming|[Cc]oming|[Pp]ast|[Tt]he previous|[Tt]he following|[Tt]he next|[Tt]he same)\\s+))?(${WEEKDAY})(?!\\w)(?:\\s+(${PART_OF_DAY})(?!\\w))?`,
  "g",
);

/**
 * A written-out date right after the weekday, which chrono reads whole. A bare number is a day only
 * with an ordinal or a month after it: "at the close of business Thursday, 5,745,188 shares" and
 * "a poll completed on Saturday, 69 percent of those polled" keep their weekday.
 */
const DATE_FOLLOWS = new RegExp(`^,?\\s*(?:\\d{1,2}(?:st|nd|rd|th)\\b|\\d{1,2}\\s+(?:of\\s+)?(?:${MONTH_START})|(?:${MONTH_START})[a-z]*\\.?\\s+\\d)`);

/**
 * "Wednesday's ruling" names an event, and the clause's verb does not date it ("will appeal
 * Wednesday's ruling" appeals a ruling already made): a possessive weekday is the past one unless the
 * words right before it look ahead ("ahead of Sunday's vote").
 */
const POSSESSIVE_AHEAD = /\b(?:ahead of|in advance of|awaiting|await|upcoming)\s+(?:the\s+)?(?:\w+['’]s\s+(?:[\w-]+\s+){0,3}?(?:and|or)\s+)?$/i;
/** "before Friday's purchases": ahead only in a clause that looks ahead ("will sell before Friday's vote") */
const POSSESSIVE_BEFORE = /\b(?:before|until|till)\s+(?:the\s+)?$/i;

function possessiveAhead(text: string, index: number, length: number): boolean {
  const before = textBefore(text, index, 60);
  return POSSESSIVE_AHEAD.test(before) || (POSSESSIVE_BEFORE.test(before) && pointsForward(text, index, length));
}

export const weekdayParser = timexParser(PATTERN, (match, context) => {
  const word = match[3];
  const rest = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 16);
  if (DATE_FOLLOWS.test(rest)) return null; // "Saturday, April 25", "Saturday 25th": chrono's date
  const wd = weekdayOf(word);
  if (wd === undefined) return null;
  const ref = refDay(context);
  const prefix = (match[2] ?? "").trim().toLowerCase();
  const back = (weekday(ref) - wd + 7) % 7;
  const ahead = (wd - weekday(ref) + 7) % 7;
  let offset: number;
  let dir: "past" | "future";
  if (/last|past|previous/.test(prefix)) {
    offset = -(back || 7);
    dir = "past";
  } else if (/next|coming|following/.test(prefix)) {
    offset = ahead || 7;
    dir = "future";
  } else if (/^['’]s\b/.test(rest) ? possessiveAhead(context.text, match.index ?? 0, match[0].length) : pointsForward(context.text, match.index ?? 0, match[0].length)) {
    offset = ahead;
    dir = "future";
  } else {
    offset = -back;
    dir = "past";
  }
  const day = formatDay(addDays(ref, offset));
  // "Friday night", "Tuesday morning": TimeML allows 2025-01-24TNI, but TempEval-3 gold gives most of
  // these the day itself (the part of day only narrows it), so the span keeps the part and the value the
  // day. "evening" is the exception gold keeps (2025-01-24TEV), as it keeps clock words ("noon Friday").
  const part = match[4] ?? match[1];
  if (part && /^(?:noon|midday|midnight|evening)$/i.test(part)) return { type: "TIME", value: day + partOfDay(part), dir };
  return { type: "DATE", value: day, dir };
});

/** Weekday names, full or cut short with a period ("Tues."), as written. */
export const weekdayGate: Gate = {
  parser: weekdayParser,
  trigger: new RegExp(`day\\b|\\b(?:${Object.keys(WEEKDAY_ABBREVIATIONS).map(capitalised).join("|")})\\.`),
  words: { whole: [...WEEKDAY_NAMES, ...Object.keys(WEEKDAY_ABBREVIATIONS)].map(capitalised), cased: true },
};
