/**
 * Publication dates from metadata, normalised to `YYYY-MM-DD` (or a full ISO timestamp when the source
 * gives a time). Only unambiguous forms are accepted: ISO 8601, and dates with a month name
 * ("12 February 2025", "Feb. 12, 2025", "Wed, 12 Feb 2025 14:03:00 GMT"). Numeric dates with slashes
 * ("2/3/25") are refused because day and month order differs between countries, and a wrong date would
 * silently move an article on the timeline, unless the caller gives the order (`dateOrder`). Relative words ("yesterday") are refused too: metadata has no
 * reference point.
 */

export type DateResult = { ok: true; value: string | null } | { ok: false; problem: string };

/** How numeric dates ("2/3/25") are read when the user says: day first (most of the world) or month first (US). */
export type DateOrder = "dmy" | "mdy";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Publication years outside this range are data errors (e.g. the "0001-11-30" placeholder some feeds emit). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_MONTH_YEAR = /^(?:[a-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})(?:,?\s+(.*))?$/i;
const MONTH_DAY_YEAR = /^(?:[a-z]+\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(.*))?$/i;
const CLOCK = /^(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:(Z|UTC|GMT|[+-]\d{2}:?\d{2})|[A-Z]{2,4})?$/i;

/**
 * Normalise one metadata value. Empty values (null, "", whitespace) mean "no date" and give `value: null`;
 * anything present but unreadable is a problem for the caller to report with the field name.
 */
export function normaliseDate(input: unknown, dateOrder?: DateOrder): DateResult {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, problem: "invalid date" };
    return checkYear(input.getUTCFullYear(), input.toISOString().slice(0, 10));
  }
  if (typeof input !== "string") return { ok: false, problem: `not a date: ${JSON.stringify(input)}` };
  const s = input.trim();
  if (s === "") return { ok: true, value: null };
  const bad = { ok: false as const, problem: `unparseable date '${s}' (write it as YYYY-MM-DD)` };

  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(s) && !/^\d{4}-/.test(s)) {
    // "31/02/2024" or "13/45/2020" is no day in either order: say it is wrong, not merely ambiguous
    const [a, b, c] = s.split(/[/.-]/).map(Number);
    const y = c < 100 ? 2000 + c : c;
    if (a <= 31 && !ymd(y, b, a) && !ymd(y, a, b)) return { ok: false, problem: `invalid date '${s}' (no such day, day or month first)` };
    if (dateOrder && a <= 31) {
      const date = dateOrder === "dmy" ? ymd(y, b, a) : ymd(y, a, b);
      if (!date) return { ok: false, problem: `invalid date '${s}' (no such day, ${dateOrder === "dmy" ? "day" : "month"} first)` };
      return checkYear(y, date);
    }
    return { ok: false, problem: `ambiguous numeric date '${s}' (day and month order differ between countries; write it as YYYY-MM-DD, or give the order: --date-order dmy or mdy)` };
  }
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    const date = ymd(+y, +mo, +d);
    if (!date) return bad;
    if (h === undefined) return checkYear(+y, date);
    if (+h > 23 || +mi > 59 || (sec !== undefined && +sec > 59)) return bad;
    return checkYear(+y, `${date}T${h}:${mi}:${sec ?? "00"}${frac ?? ""}${zoneSuffix(zone)}`);
  }
  let m = DAY_MONTH_YEAR.exec(s);
  let day: string, month: string, year: string, rest: string | undefined;
  if (m) [, day, month, year, rest] = m;
  else if ((m = MONTH_DAY_YEAR.exec(s))) [, month, day, year, rest] = m;
  else return bad;
  const mo = MONTHS[month.toLowerCase().slice(0, month.toLowerCase().startsWith("sept") ? 4 : 3)];
  if (!mo || !isMonthName(month)) return bad;
  const date = ymd(+year, mo, +day);
  if (!date) return bad;
  if (rest === undefined || rest.trim() === "") return checkYear(+year, date);
  const c = CLOCK.exec(rest.trim());
  if (!c) return bad;
  let hour = +c[1];
  const ampm = c[4]?.toLowerCase().replace(/\./g, "");
  if (ampm) {
    if (hour < 1 || hour > 12) return bad;
    hour = (hour % 12) + (ampm === "pm" ? 12 : 0);
  }
  if (hour > 23 || +c[2] > 59) return bad;
  const zone = c[5] && /^(utc|gmt)$/i.test(c[5]) ? "Z" : c[5];
  return checkYear(+year, `${date}T${pad(hour)}:${c[2]}:${c[3] ?? "00"}${zoneSuffix(zone)}`);
}

function isMonthName(word: string): boolean {
  const w = word.toLowerCase();
  const full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  return full.some((name) => name.startsWith(w) && w.length >= 3);
}

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}

function checkYear(year: number, value: string): DateResult {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: `implausible date '${value}' (year ${year})` };
  return { ok: true, value };
}

function zoneSuffix(zone: string | undefined): string {
  if (!zone) return "";
  if (/^z$/i.test(zone)) return "Z";
  return zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
