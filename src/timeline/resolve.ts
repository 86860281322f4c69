/**
 * Resolution against the story's own dates. Parsers already count from the reference (publication)
 * date; here expressions that count from another date — "the previous day", "a year earlier", "the
 * quarter", "year-ago" — are recounted from the anchor: the latest earlier mention that names a
 * calendar position. Then each value gets the days it covers, for charts.
 */
import type { Article } from "../corpus/article";
import type { Mention } from "./types";
import type { Draft } from "./types";
import type { Unit } from "./types";
import { formatAt, shift, valueBounds, type Day } from "./timex";

/** The granularity of a calendar value, or null for durations, sets, *_REF and partial values. */
export function granularity(value: string): Unit | null {
  if (/^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) return "D";
  if (/^\d{4}-W\d{2}$/.test(value)) return "W";
  if (/^\d{4}-\d{2}$/.test(value)) return "M";
  if (/^\d{4}-Q\d$/.test(value)) return "Q";
  if (/^\d{4}$/.test(value)) return "Y";
  return null;
}

const SIZE: Partial<Record<Unit, number>> = { D: 1, W: 2, M: 3, Q: 4, Y: 5 };

/** granularity a is coarser than b (a year is coarser than a week) */
function coarser(a: Unit, b: Unit): boolean {
  return (SIZE[a] ?? 0) > (SIZE[b] ?? 0);
}

function anchorDay(value: string): Day | null {
  const b = valueBounds(value);
  if (!b) return null;
  const [y, m, d] = b.start.split("-").map(Number);
  return { y, m, d };
}

/** How many sentences back an "a year earlier" may look for its anchor. */
const NEAR = 2;
/** …and a clock time alone: its own sentence or the one before ("on June 6 … it was about 1:30 am") */
const CLOCK_NEAR = 1;

const AFTER_BEFORE = /^\s+(after|before)\b/i;

/** between "the same day" and the date it is compared with: "as the Nov. 5 election", "as on Jan. 6" */
const SAME_AS = /^\s+as\s+(?:on\s+|in\s+)?(?:the\s+)?(?:[\w-]+\s+)?$/i;

/** what may stand between a clock time and the day it is on: "10:35 a.m. (0735 GMT) Friday", "8 p.m., Tuesday" */
const DAY_AFTER_CLOCK = /^\s*(?:\([^()]{0,24}\))?\s*,?\s*(?:on\s+)?$/;

/**
 * "The call came a day after Russia freed Fogel": TimeBank annotates "a day" as a duration (P1D) and
 * so do we, but the clause after it is an event placed a day before the date the story is at (the
 * call). The mention keeps its TIMEX3 value; `anchor` names the day counted from and `resolvedStart`/
 * `resolvedEnd` the day of the clause's event, so the timeline and the event grouping can place it.
 * Only whole days and weeks, counted from the last day the article named.
 */
function placeAfterBefore(article: Article, d: Draft, mention: Mention, anchorValue: string): void {
  const m = mention.value.match(/^P(\d+)([DW])$/);
  const word = article.text.slice(d.end, d.end + 10).match(AFTER_BEFORE);
  const day = anchorDay(anchorValue);
  if (!m || !word || !day) return;
  const days = +m[1] * (m[2] === "W" ? 7 : 1);
  const placed = formatAt(shift(day, "D", word[1].toLowerCase() === "after" ? -days : days), "D");
  mention.anchor = anchorValue;
  mention.resolvedStart = placed;
  mention.resolvedEnd = placed;
}

export function resolveMentions(article: Article, drafts: Draft[], reference: Day): Mention[] {
  const out: Mention[] = [];
  let lastDated: { value: string; sentenceIndex: number; gran: Unit } | null = null;
  let lastDay: { value: string; sentenceIndex: number } | null = null;
  let lastQuarter: { value: string; sentenceIndex: number } | null = null;
  // the mention just before, when it is a stretch of months of the year ("the nine months")
  let lastMonths: { sentenceIndex: number } | null = null;
  for (const [i, d] of drafts.entries()) {
    const spec = d.spec;
    let value = spec.value;
    let anchor: string | undefined;
    const rel = spec.rel;
    // an earnings comparison ("up from $7 million a year ago"): it dates a figure, the story stays where it was
    let comparison = false;
    if (rel) {
      const isAgo = /\bago\b/i.test(d.text);
      let a: string | null = null;
      const yearBack = rel.unit === "Y" && rel.n === -1 && /\b(?:ago|earlier)\b|year-/i.test(d.text);
      const next = drafts[i + 1];
      const nextGran = next && !next.spec.rel ? granularity(next.spec.value) : null;
      if (rel.ahead && nextGran && !coarser(nextGran, rel.gran ?? rel.unit) && SAME_AS.test(article.text.slice(d.end, next.start))) {
        a = next.spec.value;
      } else if (yearBack && lastMonths && d.sentenceIndex === lastMonths.sentenceIndex && !/quarter|period/i.test(d.text)) {
        // "For the nine months, net rose to $5 million from $4 million a year earlier": the year-ago
        // stretch of months, which TimeBank writes as the year before (1988), not the last quarter
        a = String((lastQuarter ? +lastQuarter.value.slice(0, 4) : reference.y)).padStart(4, "0");
      } else if (rel.gran === "Q" || (yearBack && lastQuarter)) {
        // earnings news: "the quarter", "a year ago", "year-earlier" count from the quarter being reported
        a = lastQuarter ? lastQuarter.value : null;
        comparison = yearBack;
      } else if (isAgo) {
        a = null;
      } else if (spec.type === "TIME" && rel.unit === "D" && rel.n === 0 && /T\d/.test(spec.value)) {
        // a clock time alone: the day written right after it ("10:35 a.m. (0735 GMT) Friday"), else the
        // day just named ("on June 6 … at about 1:30 am"), not one from paragraphs back
        if (nextGran === "D" && DAY_AFTER_CLOCK.test(article.text.slice(d.end, next.start))) a = next.spec.value.slice(0, 10);
        else a = lastDay && d.sentenceIndex - lastDay.sentenceIndex <= CLOCK_NEAR && spec.dir !== "future" ? lastDay.value : null;
      } else if (rel.gran === "D" || rel.unit === "D") {
        a = lastDay?.value ?? null;
      } else if (lastDated && rel.gran && coarser(lastDated.gran, rel.gran)) {
        // "In 2010 … later in the week": a year does not say which week; count from the reference date
        a = null;
      } else if (lastDated && (rel.gran || d.sentenceIndex - lastDated.sentenceIndex <= NEAR)) {
        a = lastDated.value;
      }
      if (a) {
        const day = anchorDay(a);
        const gran = yearBack && granularity(a) === "Q" ? "Q" : rel.gran ?? granularity(a);
        if (day && gran) {
          value = formatAt(shift(day, rel.unit, rel.n), gran === "D" && /T/.test(spec.value) ? "D" : gran);
          if (spec.type === "TIME" && gran === "D" && spec.value.includes("T")) value += spec.value.slice(spec.value.indexOf("T"));
          if (rel.year !== undefined) value = String(rel.year).padStart(4, "0") + value.slice(4);
          anchor = a;
        }
      }
    }
    const mention: Mention = {
      article: article.id,
      start: d.start,
      end: d.end,
      text: article.raw.slice(d.start, d.end),
      type: spec.type,
      value,
      sentence: article.text.slice(d.sentence.start, d.sentence.end),
      sentenceStart: d.sentence.start,
      sentenceEnd: d.sentence.end,
    };
    if (spec.mod) mention.mod = spec.mod;
    if (anchor) mention.anchor = anchor;
    if (spec.type === "DATE" || spec.type === "TIME") {
      const b = valueBounds(value);
      if (b) {
        mention.resolvedStart = b.start;
        mention.resolvedEnd = b.end;
      }
    }
    if (spec.type === "DURATION" && lastDay) placeAfterBefore(article, d, mention, lastDay.value);
    if (spec.dir) mention.direction = spec.dir;
    out.push(mention);
    lastMonths = spec.type === "DURATION" && /^P(?:[2-9]|1[01])M$/.test(value) && /^the\b/i.test(d.text) ? { sentenceIndex: d.sentenceIndex } : null;
    const gran = granularity(value);
    if (gran && (spec.type === "DATE" || spec.type === "TIME") && !comparison) {
      lastDated = { value, sentenceIndex: d.sentenceIndex, gran };
      if (gran === "D") lastDay = { value: value.slice(0, 10), sentenceIndex: d.sentenceIndex };
      if (gran === "Q" && (!rel || rel.n === 0)) lastQuarter = { value, sentenceIndex: d.sentenceIndex };
    }
  }
  return out;
}
