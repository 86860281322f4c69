/**
 * Gives chrono's own results (explicit dates like "Jan. 20, 2025", "20 January", "3 p.m.") a TIMEX3
 * spec from the components chrono is certain of: day, month, year, hour. A month and day without a
 * year is the latest such day (news reports the past) unless the clause points forward; chrono's
 * default picks the nearest one, which can be in the future.
 */
import type { ParsingComponents, ParsingResult, Refiner } from "chrono-node";
import { specOf, withSpec, refDay, yearOfUndated } from "../parsers/spec";
import { formatDay, weekday as weekdayOfDay } from "../timex";
import { weekdayOf } from "../parsers/lexicon";

function timePart(c: ParsingComponents, text: string): string | null {
  if (!c.isCertain("hour")) return null;
  if (!/\d:\d\d|\d\s*[ap]\.?m\b|o'clock|noon|midnight|\d\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b/i.test(text)) return null; // a bare number is not a clock time
  const h = c.get("hour") ?? 0;
  const min = c.get("minute") ?? 0;
  return `T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

const WEEKDAY_BEFORE = /(?<![\w-])(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+$/;

const PAIR_YEAR = /^,?\s+(?:and|or|&)\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?,?\s+((?:1[6-9]|20)\d\d)(?!\d)/;

export const nativeTimexRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      if (specOf(r)) {
        out.push(r);
        continue;
      }
      const c = r.start;
      const ref = refDay(context);
      const time = timePart(c, r.text);
      if (c.isCertain("day") && c.isCertain("month")) {
        let y = c.isCertain("year") ? (c.get("year") as number) : ref.y;
        const m = c.get("month") as number;
        const d = c.get("day") as number;
        if (!c.isCertain("year")) {
          if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim())) continue; // "9/11", "3/4": names and fractions
          // "April 24 and 25, 1999": the year written after the second day is this one's too
          const shared = context.text.slice(r.index + r.text.length, r.index + r.text.length + 24).match(PAIR_YEAR);
          y = shared ? +shared[1] : yearOfUndated(context.text, r.index, r.text.length, ref, m, d);
        }
        // "Saturday, April 25", "Friday Oct. 13": the weekday belongs to the date's span (the weekday parser
        // leaves it), and without a year it tells which year is meant when the one picked disagrees
        const weekday = context.text.slice(Math.max(0, r.index - 12), r.index).match(WEEKDAY_BEFORE);
        if (weekday) {
          r.index -= weekday[0].length;
          r.text = context.text.slice(r.index, r.index + weekday[0].length + r.text.length);
          const wd = weekdayOf(weekday[1]);
          if (!c.isCertain("year") && weekdayOfDay({ y, m, d }) !== wd) y = [y - 1, y + 1].find((other) => weekdayOfDay({ y: other, m, d }) === wd) ?? y;
        }
        const value = formatDay({ y, m, d });
        out.push(withSpec(r, time ? { type: "TIME", value: value + time } : { type: "DATE", value }));
        continue;
      }
      if (c.isCertain("month") && c.isCertain("year")) {
        out.push(withSpec(r, { type: "DATE", value: `${c.get("year")}-${String(c.get("month")).padStart(2, "0")}` }));
        continue;
      }
      if (time && !c.isCertain("day") && !c.isCertain("weekday")) {
        out.push(withSpec(r, { type: "TIME", value: formatDay(ref) + time }));
        continue;
      }
      // anything else chrono found (weekday-only leftovers, vague casual words) is not reported
    }
    return out;
  },
};
