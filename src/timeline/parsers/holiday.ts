/**
 * Named days: Christmas, New Year's Day, Thanksgiving, Independence Day, Election Day, Inauguration
 * Day… The latest one (the publication day included) unless a year is given or the clause points forward.
 */
import { timexParser, refDay, pointsForward } from "./spec";
import { addDays, formatDay, weekday, type Day } from "../timex";

function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n > 0) {
    const first: Day = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last: Day = { y, m: m + 1 > 12 ? 1 : m + 1, d: 1 };
  const end = addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : last, -1);
  return addDays(end, -((weekday(end) - wd + 7) % 7));
}

const DAYS: Record<string, (y: number) => Day> = {
  "christmas": (y) => ({ y, m: 12, d: 25 }),
  "christmas day": (y) => ({ y, m: 12, d: 25 }),
  "christmas eve": (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  "independence day": (y) => ({ y, m: 7, d: 4 }),
  "the fourth of july": (y) => ({ y, m: 7, d: 4 }),
  "halloween": (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  "veterans day": (y) => ({ y, m: 11, d: 11 }),
  "inauguration day": (y) => ({ y, m: 1, d: 20 }),
  "thanksgiving": (y) => nthWeekday(y, 11, 4, 4),
  "thanksgiving day": (y) => nthWeekday(y, 11, 4, 4),
  "labor day": (y) => nthWeekday(y, 9, 1, 1),
  "memorial day": (y) => nthWeekday(y, 5, 1, -1),
  "election day": (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
};

const PATTERN =
  /(?<![\w-])(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|the\s+Fourth\s+of\s+July|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Inauguration\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Election\s+Day)(?:,?\s+((?:19|20)\d\d))?(?![\w-])/g;

export const holidayParser = timexParser(PATTERN, (match, context) => {
  const key = match[1].toLowerCase().replace(/\s+/g, " ").replace("’", "'");
  const make = DAYS[key];
  if (!make) return null;
  if (match[2]) return { type: "DATE", value: formatDay(make(+match[2])) };
  const ref = refDay(context);
  const thisYear = make(ref.y);
  const passed = formatDay(thisYear) <= formatDay(ref);
  const forward = pointsForward(context.text, match.index ?? 0, match[0].length);
  const y = forward ? (passed ? ref.y + 1 : ref.y) : passed ? ref.y : ref.y - 1;
  return { type: "DATE", value: formatDay(make(y)), dir: forward ? "future" : "past" };
});
