/**
 * Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 2024",
 * "1998 first quarter", "the first half of 1998", "the quarter", "this quarter", "that quarter",
 * "the year-earlier quarter".
 * Without a year, a quarter is the latest one of that number that has begun (financial news reports
 * quarters once they close); "the quarter" and "year-ago" phrases count from the last quarter the
 * article named (resolve.ts), else from the last completed quarter.
 */
import { timexParser, refDay } from "./spec";
import { pointsForward } from "./clause";
import { quarterOf } from "../timex";
import type { Gate } from "../gate";

const ORD: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4 };

const PATTERN =
  /(?<![\w-])(?:((?:19|20)\d\d)\s+|([Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s\s+|((?:[Tt]he|[Tt]his|[Tt]hat)\s+))?(?:(fiscal|calendar)[\s-])?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|previous|past|same|recent|year-earlier|year-ago|comparable|comparable year-ago|comparable year-earlier|last(?=[\s-]+half))[\s-]+)?(?:(fiscal)[\s-])?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(quarter|half|period)(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?((?:19|20)\d\d)|\s+of\s+(this|last|next)\s+year|\s+(a\s+year\s+(?:ago|earlier)))?(?![\w-])/gi;

export const quarterParser = timexParser(PATTERN, (match, context) => {
  const [, yearBefore, relYear, the, , word1, , word2, kind, yearAfter, relAfter, agoAfter] = match;
  const word = (word2 ?? word1 ?? "").toLowerCase();
  const ordinal = ORD[word];
  const half = kind.toLowerCase() === "half";
  // earnings news names the quarter it reports "the latest period", "the year-ago period": a quarter;
  // other periods ("the 1988 period", "a period") are left to the year parser or not dates at all
  if (kind.toLowerCase() === "period" && (ordinal || !/latest|year-|comparable|recent/.test(word))) return null;
  if (!the && !yearBefore && !relYear && !ordinal && !/year-|comparable/.test(word)) return null;
  if (half && !ordinal) return null;
  if (the && /^th(?:is|at)\b/i.test(the) && (word1 || word2)) return null; // "showed that first-quarter GDP": a conjunction

  const ref = refDay(context);
  const refQ = quarterOf(ref);
  let year: number | undefined = yearBefore ? +yearBefore : yearAfter ? +yearAfter : undefined;
  const rel = (relYear ?? relAfter ?? "").toLowerCase();
  if (rel === "this") year = ref.y;
  if (rel === "last") year = ref.y - 1;
  if (rel === "next") year = ref.y + 1;
  if (half) {
    const h = ordinal > 2 ? 2 : ordinal;
    const y = year ?? (h === 2 && ref.m <= 6 ? ref.y - 1 : ref.y);
    return { type: "DATE", value: `${y}-H${h}` };
  }
  if (ordinal) {
    let y = year;
    if (y === undefined) y = ordinal <= refQ || pointsForward(context.text, match.index ?? 0, match[0].length) ? ref.y : ref.y - 1;
    if (agoAfter || (word2 && /year-|comparable/.test((word1 ?? "").toLowerCase()))) y -= 1; // "the year-ago third quarter"
    return { type: "DATE", value: `${y}-Q${ordinal}` };
  }
  // the quarter / the latest quarter / the year-earlier quarter: relative to the article's quarter
  const lastDoneQ = refQ === 1 ? 4 : refQ - 1;
  if (year !== undefined && !word) return { type: "DATE", value: `${year}-Q${lastDoneQ}`, rel: { unit: "Y", n: 0, gran: "Q", year } }; // "the 1988 quarter"
  const lastDone = refQ === 1 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q: refQ - 1 };
  const current = word === "current" || word === "same";
  const base = current ? { y: ref.y, q: refQ } : lastDone;
  const back = /year-|comparable|previous/.test(word) || agoAfter ? (word === "previous" ? 0 : 1) : 0;
  if (word === "previous") {
    const p = base.q === 1 ? { y: base.y - 1, q: 4 } : { y: base.y, q: base.q - 1 };
    return { type: "DATE", value: `${p.y}-Q${p.q}` };
  }
  return { type: "DATE", value: `${base.y - back}-Q${base.q}`, rel: current ? undefined : { unit: "Y", n: -back, gran: "Q" } };
});

/** "year-earlier", "year-ago" used alone as adjectives ("year-earlier profit"): the same period a year before. */
export const yearAgoAdjectiveParser = timexParser(/(?<![\w-])(year-earlier|year-ago)(?!\s+(?:quarter|period|half)|[\w-])/gi, (match, context) => {
  const ref = refDay(context);
  const refQ = quarterOf(ref);
  const lastDone = refQ === 1 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q: refQ - 1 };
  void match;
  return { type: "DATE", value: `${lastDone.y - 1}-Q${lastDone.q}`, rel: { unit: "Y", n: -1 } };
});

export const quarterGate: Gate = {
  parser: quarterParser,
  trigger: /quarter|half|period/i,
  // "the period" alone does not make a sentence worth reading
  words: { start: ["quarter", "half", "period"], companions: ["period"] },
};

export const yearAgoAdjectiveGate: Gate = { parser: yearAgoAdjectiveParser, trigger: /year-(?:earlier|ago)/i, words: { whole: ["year"] } };
