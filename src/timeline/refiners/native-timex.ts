/**
 * Gives chrono's own results (explicit dates like "Jan. 20, 2025", "20 January", "3 p.m.") a TIMEX3
 * spec from the components chrono is certain of: day, month, year, hour. A month and day without a
 * year is the latest such day (news reports the past) unless the clause points forward; chrono's
 * default picks the nearest one, which can be in the future.
 */
import type { ParsingComponents, ParsingResult, Refiner } from "chrono-node";
import { specOf, withSpec, refDay } from "../parsers/spec";
import { yearOfUndated, pointsForward, textBefore, textAfter } from "../parsers/clause";
import { formatDay, weekday as weekdayOfDay } from "../timex";
import { weekdayOf } from "../parsers/lexicon";
import { isYearly } from "../parsers/yearly";
import { WEEKDAY_NAMES, capitalised } from "../../text/calendar";

const CLOCK_WORDS = /\d\s*[ap]\.?m\b|o'clock|noon|midnight|\d\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b/i;

/** "at 4:30", "by 4:15", "from 7:15 to 12:30": in prose a clock time without a.m./p.m. follows one of these */
const CLOCK_LEAD = /\b(?:at|by|about|around|until|till|from|before|after|since|past|to|between|and|of|near|approximately|roughly)\s+$/i;

/** a page's own stamp ("Updated at 8:55 a.m.", "as of 2:50 a.m. ET") is on its publication day */
const STAMP_BEFORE = /\b(?:updated?|posted|published|as\s+of)\s+(?:at\s+)?$/i;

function timePart(c: ParsingComponents, text: string, before: string, after: string): string | null {
  if (!c.isCertain("hour")) return null;
  if (!/\d:\d\d/.test(text) && !CLOCK_WORDS.test(text)) return null; // a bare number is not a clock time
  // "MUST WATCH … 01:51", "Play Video 0:56", "(See 0:25-0:27)", "8:21 into this video": running times of clips
  if (!CLOCK_WORDS.test(text) && (!CLOCK_LEAD.test(before) || /^\s+into\b/i.test(after))) return null;
  const h = c.get("hour") ?? 0;
  const min = c.get("minute") ?? 0;
  return `T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

const WEEKDAY_BEFORE = new RegExp(`(?<![\\w-])(${WEEKDAY_NAMES.map(capitalised).join("|")}),?\\s+$`);

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
      const before = textBefore(context.text, r.index, 16);
      const time = timePart(c, r.text, before, textAfter(context.text, r.index + r.text.length, 8));
      if (c.isCertain("day") && c.isCertain("month")) {
        let y = c.isCertain("year") ? (c.get("year") as number) : ref.y;
        const m = c.get("month") as number;
        const d = c.get("day") as number;
        if (!c.isCertain("year")) {
          if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim())) continue; // "9/11", "3/4": names and fractions
          // "April 24 and 25, 1999": the year written after the second day is this one's too
          const shared = textAfter(context.text, r.index + r.text.length, 24).match(PAIR_YEAR);
          y = shared ? +shared[1] : yearOfUndated(context.text, r.index, r.text.length, ref, m, d);
          // "Juneteenth is held on June 19": the day of every year
          if (!shared && !time && isYearly(context.text, r.index, r.text.length)) {
            out.push(withSpec(r, { type: "DATE", value: "XXXX" + formatDay({ y, m, d }).slice(4) }));
            continue;
          }
        }
        // "Saturday, April 25", "Friday Oct. 13": the weekday belongs to the date's span (the weekday parser
        // leaves it), and without a year it tells which year is meant when the one picked disagrees
        const weekday = textBefore(context.text, r.index, 12).match(WEEKDAY_BEFORE);
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
        // a clock time alone is on the day the story is at ("was shot Friday … at 10 p.m."), else the publication day
        const value = formatDay(ref) + time;
        if (STAMP_BEFORE.test(before)) out.push(withSpec(r, { type: "TIME", value }));
        else out.push(withSpec(r, { type: "TIME", value, rel: { unit: "D", n: 0, gran: "D" }, ...(pointsForward(context.text, r.index, r.text.length) ? { dir: "future" as const } : {}) }));
        continue;
      }
      // anything else chrono found (weekday-only leftovers, vague casual words) is not reported
    }
    return out;
  },
};
