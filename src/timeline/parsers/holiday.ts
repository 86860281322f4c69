/**
 * Named days: Christmas, New Year's Day, Thanksgiving, Independence Day, Election Day, Inauguration
 * Day, Easter and the days counted from it… The latest one (the publication day included) unless a
 * year is given or the clause points forward. "Holy Week" / "Easter week" is the ISO week of Easter.
 * A fixed day spoken of as every year's ("celebrate Christmas") has no year: XXXX-12-25.
 */
import { timexParser, refDay } from "./spec";
import { pointsForward, textAfter } from "./clause";
import { isYearly } from "./yearly";
import { addDays, formatDay, formatWeek, weekday, type Day } from "../timex";
import type { Gate } from "../gate";

function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n > 0) {
    const first: Day = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last: Day = { y, m: m + 1 > 12 ? 1 : m + 1, d: 1 };
  const end = addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : last, -1);
  return addDays(end, -((weekday(end) - wd + 7) % 7));
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
function easter(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const DAYS: Record<string, (y: number) => Day> = {
  "easter": easter,
  "easter sunday": easter,
  "easter monday": (y) => addDays(easter(y), 1),
  "good friday": (y) => addDays(easter(y), -2),
  "palm sunday": (y) => addDays(easter(y), -7),
  "holy week": easter,
  "easter week": easter,
  "martin luther king day": (y) => nthWeekday(y, 1, 1, 3),
  "martin luther king jr. day": (y) => nthWeekday(y, 1, 1, 3),
  "presidents day": (y) => nthWeekday(y, 2, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 2, 1, 3),
  "mother's day": (y) => nthWeekday(y, 5, 0, 2),
  "father's day": (y) => nthWeekday(y, 6, 0, 3),
  "columbus day": (y) => nthWeekday(y, 10, 1, 2),
  "boxing day": (y) => ({ y, m: 12, d: 26 }),
  "st. patrick's day": (y) => ({ y, m: 3, d: 17 }),
  "juneteenth": (y) => ({ y, m: 6, d: 19 }),
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
  /(?<![\w-])(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|the\s+Fourth\s+of\s+July|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Inauguration\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Election\s+Day|Easter(?:\s+(?:Sunday|Monday|[Ww]eek))?(?!\s+(?:eggs?|[Ii]sland|[Rr]ising|[Bb]unny|[Pp]arade|[Ss]eals?)\b)|Good\s+Friday|Palm\s+Sunday|Holy\s+Week|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|Presidents['’]?\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Columbus\s+Day|Boxing\s+Day|St\.\s+Patrick['’]s\s+Day|Juneteenth)(?:,?\s+((?:19|20)\d\d))?(?![\w-])/g;

export const holidayParser = timexParser(PATTERN, (match, context) => {
  const key = match[1].toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
  const make = DAYS[key];
  if (!make) return null;
  const week = /week$/.test(key);
  const value = (day: Day) => (week ? formatWeek(day) : formatDay(day));
  if (match[2]) return { type: "DATE", value: value(make(+match[2])) };
  const ref = refDay(context);
  const at = match.index ?? 0;
  // "celebrate Christmas": the day of every year, for days on a fixed date
  const fixed = !week && formatDay(make(2001)).slice(4) === formatDay(make(2002)).slice(4);
  if (fixed && isYearly(context.text, at, match[0].length)) return { type: "DATE", value: "XXXX" + formatDay(make(ref.y)).slice(4) };
  const thisYear = make(ref.y);
  // a week has begun once its Monday is past: "as Easter week began" on its Monday is this year's
  const begins = week ? addDays(thisYear, -((weekday(thisYear) + 6) % 7)) : thisYear;
  const passed = formatDay(begins) <= formatDay(ref);
  // "celebrate Christmas this year" in early December: this year's, not yet come
  if (/^\s+this\s+year\b/i.test(textAfter(context.text, at + match[0].length, 12))) return { type: "DATE", value: value(thisYear), dir: passed ? "past" : "future" };
  const forward = pointsForward(context.text, at, match[0].length);
  const y = forward ? (passed ? ref.y + 1 : ref.y) : passed ? ref.y : ref.y - 1;
  return { type: "DATE", value: value(make(y)), dir: forward ? "future" : "past" };
});

export const holidayGate: Gate = {
  parser: holidayParser,
  trigger: /Christmas|Year['’]s|Independence|Fourth of July|Halloween|Valentine|Veterans|Inauguration|Thanksgiving|Labor Day|Memorial Day|Election Day|Easter|Good Friday|Palm Sunday|Holy Week|King(?: Jr\.)? Day|Presidents['’]? Day|Mother['’]s Day|Father['’]s Day|Columbus Day|Boxing Day|Patrick['’]s Day|Juneteenth/,
  words: {
    start: ["Christmas", "Independence", "Halloween", "Valentine", "Veterans", "Inauguration", "Thanksgiving", "Easter", "Juneteenth"],
    whole: ["Year", "Fourth", "Labor", "Memorial", "Election", "Friday", "Sunday", "Week", "Day"],
    cased: true,
  },
};
