/**
 * TIMEX3 values: formatting calendar positions (day, week, month, quarter, season, year, decade) and
 * reading a value back into the first and last day it covers. Calendar arithmetic is done on UTC
 * dates so a publication date never shifts with the machine's time zone.
 */
import type { Unit } from "./types";

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function utc(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d));
}
export function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
export function addDays(day: Day, n: number): Day {
  const t = utc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}
export function addMonths(day: Day, n: number): Day {
  const months = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(months / 12);
  const m = (months % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
export function weekday(day: Day): number {
  return utc(day).getUTCDay();
}

/** ISO 8601 week: year and week number (the week holding the Thursday). */
export function isoWeek(day: Day): { y: number; w: number } {
  const t = utc(day);
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const y = t.getUTCFullYear();
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const w = 1 + Math.round(((t.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return { y, w };
}

export const formatDay = (d: Day) => `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
export const formatMonth = (d: Day) => `${pad(d.y, 4)}-${pad(d.m)}`;
export const formatYear = (d: Day) => pad(d.y, 4);
export function formatWeek(d: Day): string {
  const { y, w } = isoWeek(d);
  return `${pad(y, 4)}-W${pad(w)}`;
}
export const quarterOf = (d: Day) => Math.ceil(d.m / 3);
export const formatQuarter = (d: Day) => `${pad(d.y, 4)}-Q${quarterOf(d)}`;

/** The value of the calendar unit holding `day` at the given granularity. */
export function formatAt(day: Day, unit: Unit): string {
  switch (unit) {
    case "L":
      return String(Math.floor(day.y / 1000));
    case "C":
      return String(Math.floor(day.y / 100));
    case "DE":
      return String(Math.floor(day.y / 10));
    case "Y":
      return formatYear(day);
    case "Q":
      return formatQuarter(day);
    case "M":
      return formatMonth(day);
    case "W":
      return formatWeek(day);
    case "WE":
      return `${formatWeek(day)}-WE`;
    default:
      return formatDay(day);
  }
}

/** Moves `day` by n units (calendar-wise). */
export function shift(day: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case "L":
      return addMonths(day, 12000 * n);
    case "C":
      return addMonths(day, 1200 * n);
    case "DE":
      return addMonths(day, 120 * n);
    case "Y":
      return addMonths(day, 12 * n);
    case "Q":
      return addMonths(day, 3 * n);
    case "M":
      return addMonths(day, n);
    case "W":
    case "WE":
      return addDays(day, 7 * n);
    default:
      return addDays(day, Math.round(n));
  }
}

/** A duration value: P3Y, P2W, PT90M, PXY for vague counts; fractions become the next unit down. */
export function durationValue(n: number | null, unit: Unit): string {
  const u = unit === "WE" ? "WE" : unit;
  if (n === null) return unit === "H" || unit === "MIN" || unit === "S" ? `PTX${unit === "MIN" ? "M" : unit}` : `PX${u}`;
  // "a decade and a half" is fifteen years (P15Y), not a decade and five years (P10Y5Y)
  if (!Number.isInteger(n) && (unit === "DE" || unit === "C" || unit === "L")) return durationValue(n * { DE: 10, C: 100, L: 1000 }[unit], "Y");
  if (!Number.isInteger(n)) {
    const down: Partial<Record<Unit, [number, string]>> = { Y: [12, "M"], M: [30, "D"], W: [7, "D"], D: [24, "TH"], H: [60, "TM"], MIN: [60, "TS"] };
    const step = down[unit];
    if (step) {
      const [k, letter] = step;
      const whole = Math.floor(n);
      const rest = Math.round((n - whole) * k);
      const head = whole ? durationValue(whole, unit) : unit === "H" || unit === "MIN" ? "PT" : "P";
      const sep = letter.startsWith("T") && !head.includes("T") ? "T" : "";
      return `${head}${sep}${rest}${letter.replace(/^T/, "")}`;
    }
  }
  if (unit === "H") return `PT${n}H`;
  if (unit === "MIN") return `PT${n}M`;
  if (unit === "S") return `PT${n}S`;
  if (unit === "DE") return `P${n * 10}Y`;
  if (unit === "C") return `P${n * 100}Y`;
  if (unit === "L") return `P${n * 1000}Y`;
  return `P${n}${u}`;
}

/** Parses YYYY-MM-DD or an ISO timestamp (its calendar date as written) into a Day. */
export function parseDay(text: string | null | undefined): Day | null {
  if (!text) return null;
  const m = text.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > daysInMonth(day.y, day.m)) return null;
  return day;
}

const SEASONS: Record<string, [number, number, number, number]> = {
  SP: [3, 20, 6, 20],
  SU: [6, 21, 9, 22],
  FA: [9, 23, 12, 20],
  WI: [12, 21, 3, 19],
};

/** The first and last day a DATE/TIME value covers, or null when it is not anchored in the calendar. */
export function valueBounds(value: string): { start: string; end: string } | null {
  let m = value.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
  m = value.match(/^(\d{4})-W(\d{2})(-WE)?$/);
  if (m) {
    const y = +m[1];
    const jan4: Day = { y, m: 1, d: 4 };
    const monday = addDays(jan4, -((weekday(jan4) + 6) % 7) + 7 * (+m[2] - 1));
    const first = m[3] ? addDays(monday, 5) : monday;
    return { start: formatDay(first), end: formatDay(addDays(monday, 6)) };
  }
  m = value.match(/^(\d{4})-(\d{2})$/);
  if (m) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(daysInMonth(+m[1], +m[2]))}` };
  m = value.match(/^(\d{4})-Q([1-4])$/);
  if (m) {
    const q = +m[2];
    const y = +m[1];
    return { start: `${m[1]}-${pad(3 * q - 2)}-01`, end: `${m[1]}-${pad(3 * q)}-${pad(daysInMonth(y, 3 * q))}` };
  }
  m = value.match(/^(\d{4})-H([12])$/);
  if (m) return m[2] === "1" ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/);
  if (m) {
    const [m1, d1, m2, d2] = SEASONS[m[2]];
    const y2 = m[2] === "WI" ? +m[1] + 1 : +m[1];
    return { start: `${m[1]}-${pad(m1)}-${pad(d1)}`, end: `${pad(y2, 4)}-${pad(m2)}-${pad(d2)}` };
  }
  m = value.match(/^(\d{4})$/);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = value.match(/^(\d{3})$/);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  m = value.match(/^(\d{2})$/);
  if (m) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  return null;
}
