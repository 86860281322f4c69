/**
 * Calendar periods for charts over publication dates: a corpus that spans three days is read per
 * day, one that spans eight years per month or year. Every period is keyed by its first day
 * (YYYY-MM-DD), so a key is both a group name and a point on a date axis.
 */

export type Period = "day" | "week" | "month" | "quarter" | "year";
export const PERIODS: Period[] = ["day", "week", "month", "quarter", "year"];

/** The first day of the period holding `day` (YYYY-MM-DD...): the day, its week's Monday, the 1st of its month, quarter or year. */
export function periodKey(day: string, period: Period): string {
  const d = day.slice(0, 10);
  if (period === "day") return d;
  const [y, m] = [d.slice(0, 4), Number(d.slice(5, 7))];
  if (period === "month") return `${y}-${d.slice(5, 7)}-01`;
  if (period === "quarter") return `${y}-${String(m - ((m - 1) % 3)).padStart(2, "0")}-01`;
  if (period === "year") return `${y}-01-01`;
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
  return t.toISOString().slice(0, 10);
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: string, period: Period): string {
  const d = new Date(`${start.slice(0, 10)}T00:00:00Z`);
  if (period === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (period === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + (period === "month" ? 1 : period === "quarter" ? 3 : 12));
  return d.toISOString().slice(0, 10);
}

/** The days a period covers from its first day: 1, 7, or its months' length. */
export function periodDays(start: string, period: Period): number {
  return Math.round((Date.parse(nextPeriod(start, period)) - Date.parse(start.slice(0, 10))) / 86_400_000);
}

/** The periods a line over time joins its points by: days, weeks or months. */
export type DateBin = Extract<Period, "day" | "week" | "month">;

/**
 * Days for a story told over two months, weeks up to two years, months beyond: a chart over eight
 * years has well under a pixel per day, so it draws weeks or months, not days.
 */
export function dateBin(days: string[]): DateBin {
  if (days.length < 2) return "day";
  const sorted = [...days].sort();
  const span = (Date.parse(sorted[sorted.length - 1]) - Date.parse(sorted[0])) / 86_400_000;
  return span <= 62 ? "day" : span <= 730 ? "week" : "month";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day for a reader: "12 Feb 2025" (an ISO day alone reads as a code). */
export function dayLabel(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** A period for a reader: "12 Feb 2025", "week of 10 Feb 2025", "Feb 2025", "2025 Q1", "2025". */
export function periodLabel(key: string, period: Period): string {
  const y = key.slice(0, 4);
  const m = Number(key.slice(5, 7));
  if (period === "day") return dayLabel(key);
  if (period === "week") return `week of ${dayLabel(key)}`;
  if (period === "month") return `${MONTHS[m - 1]} ${y}`;
  if (period === "quarter") return `${y} Q${Math.floor((m - 1) / 3) + 1}`;
  return y;
}

/** Plotly's `xperiod` for bars that cover their period on a date axis. */
export function plotlyPeriod(period: Period): number | string {
  const day = 86_400_000;
  return { day, week: 7 * day, month: "M1", quarter: "M3", year: "M12" }[period];
}

/** How many periods of each kind the days fall into (only periods that hold a day). */
export function periodsUsed(days: string[], period: Period): number {
  return new Set(days.map((d) => periodKey(d, period))).size;
}

/** How many periods the span from the first to the last day covers, empty ones included. */
export function periodsSpanned(days: string[], period: Period): number {
  if (!days.length) return 0;
  const sorted = days.map((d) => d.slice(0, 10)).sort();
  const first = periodKey(sorted[0], period);
  const last = periodKey(sorted[sorted.length - 1], period);
  const [y0, m0] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const [y1, m1] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  if (period === "year") return y1 - y0 + 1;
  if (period === "quarter") return (y1 - y0) * 4 + Math.floor((m1 - 1) / 3) - Math.floor((m0 - 1) / 3) + 1;
  if (period === "month") return (y1 - y0) * 12 + m1 - m0 + 1;
  const span = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
  return Math.round(span / (period === "week" ? 7 : 1)) + 1;
}

/**
 * The finest period at which the days need at most `max` periods — counting the periods that hold a
 * day (`used`, for panels) or every period of the span (`spanned`, for bars on a time axis); "year"
 * when none fits.
 */
export function choosePeriod(days: string[], max: number, count: "used" | "spanned" = "used"): Period {
  const n = count === "used" ? periodsUsed : periodsSpanned;
  return PERIODS.find((p) => n(days, p) <= max) ?? "year";
}

/** How a chart with one panel per period shows a corpus's dates. */
export interface PanelPeriods {
  period: Period;
  /** true: per day, but only the `max` busiest days get a panel */
  busiest: boolean;
  /** one sentence for a caption: which periods and why */
  reason: string;
}

/**
 * Periods for at most `max` panels, from the publication day of every dated article: per day when
 * the days fit; else the busiest days when they hold at least half of the articles (a corpus of
 * separate events, each reported on a day or two); else the finest coarser period that fits.
 */
export function panelPeriods(articleDays: string[], max: number): PanelPeriods {
  const perDay = new Map<string, number>();
  for (const d of articleDays) perDay.set(d.slice(0, 10), (perDay.get(d.slice(0, 10)) ?? 0) + 1);
  const days = perDay.size;
  const n = (x: number) => x.toLocaleString("en-US");
  if (days <= max) return { period: "day", busiest: false, reason: `One panel per publication day (${n(days)} days).` };
  const busiest = [...perDay.values()].sort((a, b) => b - a).slice(0, max).reduce((s, x) => s + x, 0);
  const spanned = `The articles span ${n(days)} publication days, more than the ${max} panels a chart holds`;
  if (busiest * 2 >= articleDays.length) {
    return { period: "day", busiest: true, reason: `${spanned}: only the ${max} days with the most words get a panel (the ${max} busiest days hold ${Math.round((busiest / articleDays.length) * 100)}% of the dated articles).` };
  }
  const period = choosePeriod(articleDays, max, "used");
  const used = periodsUsed(articleDays, period);
  const cut = used > max ? `; the ${max} with the most words are shown` : "";
  return { period, busiest: false, reason: `${spanned}, so they are taken together per ${period} (${n(used)} ${period}s${cut}).` };
}
