/**
 * Days grouped into days, weeks (from Monday) or months: the resolution a chart can show. A chart
 * over eight years has well under a pixel per day, so it draws weeks or months, not days.
 */

export type DateBin = "day" | "week" | "month";

/** Days for a story told over two months, weeks up to two years, months beyond: points a line can join. */
export function dateBin(days: string[]): DateBin {
  if (days.length < 2) return "day";
  const sorted = [...days].sort();
  const span = (Date.parse(sorted[sorted.length - 1]) - Date.parse(sorted[0])) / 86_400_000;
  return span <= 62 ? "day" : span <= 730 ? "week" : "month";
}

/** The first day of a day's bin: itself, its week's Monday, its month's first day. */
export function binStart(day: string, bin: DateBin): string {
  if (bin === "day") return day;
  if (bin === "month") return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The bin after a bin's first day: the next day, Monday or first of the month. */
export function nextBin(start: string, bin: DateBin): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (bin === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (bin === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** The days a bin covers from its first day: 1, 7, or the month's length. */
export function binDays(start: string, bin: DateBin): number {
  return Math.round((Date.parse(nextBin(start, bin)) - Date.parse(start)) / 86_400_000);
}
