/**
 * Joins a clock time with the day next to it: "3 p.m. Tuesday", "Friday at 10:30 a.m.",
 * "Jan. 20, 2025, at noon" → one TIME mention 2025-01-21T15:00. chrono merges only its own results.
 * Joins "the day before" with the day it is counted from when that day follows: "the day before last
 * Tuesday's hearing" is one date, a day before that Tuesday, not a day before the last date named.
 */
import type { ParsingResult, Refiner } from "chrono-node";
import { specOf, withSpec } from "../parsers/spec";
import { formatDay, parseDay, addDays } from "../timex";

const DAY_BEFORE_AFTER = /^[Tt]he\s+day\s+(before|after)$/;

const GAP = /^\s*(?:,\s*)?(?:at|on|,)?\s*$/i;

export const mergeDayTimeRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      if (prev) {
        const a = specOf(prev);
        const b = specOf(r);
        const gap = context.text.slice(prev.index + prev.text.length, r.index);
        const counted = a && b && /^\s+$/.test(gap) && prev.text.match(DAY_BEFORE_AFTER);
        const from = counted && /^\d{4}-\d{2}-\d{2}$/.test(b.value) ? parseDay(b.value) : null;
        if (counted && from) {
          const merged = context.createParsingResult(prev.index, context.text.slice(prev.index, r.index + r.text.length));
          out[out.length - 1] = withSpec(merged, { type: "DATE", value: formatDay(addDays(from, counted[1] === "before" ? -1 : 1)), dir: b.dir });
          continue;
        }
        if (a && b && GAP.test(gap)) {
          const dayFirst = /^\d{4}-\d{2}-\d{2}$/.test(a.value) && /^\d{4}-\d{2}-\d{2}T\d/.test(b.value);
          const timeFirst = /^\d{4}-\d{2}-\d{2}T\d/.test(a.value) && /^\d{4}-\d{2}-\d{2}$/.test(b.value);
          if (dayFirst || timeFirst) {
            const day = dayFirst ? a.value : b.value;
            const time = (dayFirst ? b.value : a.value).slice(10);
            const merged = context.createParsingResult(prev.index, context.text.slice(prev.index, r.index + r.text.length));
            out[out.length - 1] = withSpec(merged, { type: "TIME", value: day + time, dir: a.dir ?? b.dir });
            continue;
          }
        }
      }
      out.push(r);
    }
    return out;
  },
};
