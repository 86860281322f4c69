/**
 * A calendar period named by "the" alone, which news uses for the period it is reporting on:
 * "the year", "the full year", "the fiscal year" (the publication year; TimeBank annotates every one)
 * and "the weekend" (the latest weekend, or the coming one when the clause points forward).
 * "the year ended June 30" / "the fiscal year ending…" is a length of time in TimeML: P1Y.
 * "the end of the month", "the beginning of the week": the current month or week, with its modifier.
 * "In 2001, the year China joined the WTO": an appositive, the year just written.
 */
import { timexParser, refDay } from "./spec";
import { pointsForward, textBefore, textAfter } from "./clause";
import { addDays, formatAt, weekday } from "../timex";
import type { Gate } from "../gate";

const PATTERN =
  /(?<![\w-])(?:[Tt]he\s+(?:(full|fiscal|calendar)\s+)?(year|weekend)|(?:[Tt]he\s+)?(end|close|beginning|start|middle)\s+of\s+the\s+(month|week))(?![\w-])/g;

const PART_MOD: Record<string, string> = { end: "LATE", close: "LATE", beginning: "EARLY", start: "EARLY", middle: "MID" };

export const thePeriodParser = timexParser(PATTERN, (match, context) => {
  const i = match.index ?? 0;
  const after = textAfter(context.text, i + match[0].length, 24);
  const ref = refDay(context);
  if (match[4]) {
    if (/^['’]s?\b/.test(after)) return null; // "the end of the month's trading": a compound, too often generic
    return { type: "DATE", value: formatAt(ref, match[4] === "month" ? "M" : "W"), mod: PART_MOD[match[3].toLowerCase()] };
  }
  if (match[2] === "year") {
    // "the year 2000", "the year before", "the year's best": a named year or an anchored/relative phrase
    if (/^\s*(?:\d|ago|earlier|before|after|later|prior|following|two|nineteen|['’]s?\s+(?:end|start|beginning|first|second|third|fourth|last|final))/i.test(after)) return null;
    if (/^\s+(?:ended|ending|to\s+(?:date|end))\b/i.test(after)) return { type: "DURATION", value: "P1Y" };
    // "In 2001, the year China joined the WTO": the year just written, renamed
    const named = textBefore(context.text, i, 8).match(/(?<![\w.,-])((?:1[6-9]|20)\d\d),\s*$/);
    if (named && !match[1]) return { type: "DATE", value: named[1] };
    return { type: "DATE", value: String(ref.y) };
  }
  if (match[1]) return null;
  const wd = weekday(ref);
  const forward = pointsForward(context.text, i, match[0].length) || /\bahead of\s*$/i.test(textBefore(context.text, i, 12));
  // the Saturday of the weekend meant: this one when the reference day is in it, else the latest or next
  const saturday = wd === 6 ? ref : wd === 0 ? addDays(ref, -1) : forward ? addDays(ref, 6 - wd) : addDays(ref, -wd - 1);
  return { type: "DATE", value: formatAt(saturday, "WE"), dir: forward ? "future" : "past" };
});

export const thePeriodGate: Gate = {
  parser: thePeriodParser,
  trigger: /\b[Tt]he\s+(?:(?:full|fiscal|calendar)\s+)?(?:year|weekend)\b|\b(?:end|close|beginning|start|middle)\s+of\s+the\s+(?:month|week)\b/,
  words: { whole: ["year", "weekend", "month", "week"], cased: true },
};
