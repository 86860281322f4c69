import type { RemovedSpan } from "../article";
import type { Line } from "./lines";

/**
 * What a rule sees: the body's lines and the spans earlier rules already found (rules run in order,
 * like chrono's parsers then refiners, so a later rule can build on an earlier one: captions sit
 * next to photo credits, a byline's copyright tail is already taken).
 */
export interface RuleContext {
  raw: string;
  /** where the body starts in `raw` */
  from: number;
  lines: Line[];
  found: readonly RemovedSpan[];
}

/** One kind of boilerplate: returns the spans it removes, offsets into `raw`. */
export type BoilerplateRule = (ctx: RuleContext) => RemovedSpan[];

/** The span covering a whole line, with a reason. */
export function lineSpan(line: Line, reason: string): RemovedSpan {
  return { start: line.start, end: line.end, reason };
}

/** True when some span found so far overlaps the line. */
export function touched(line: Line, found: readonly RemovedSpan[]): boolean {
  return found.some((s) => s.start < line.end && s.end > line.start);
}

/**
 * The part of the line before the first found span that starts inside it (trimmed), or the whole
 * line when none does. Lets a rule judge "By X · Outlet" once the "(c) 2025" tail is taken.
 */
export function headBeforeFound(line: Line, found: readonly RemovedSpan[]): Line | null {
  let cut = line.end;
  for (const s of found) {
    if (s.end > line.start && s.start < cut) {
      if (s.start <= line.start) return null;
      cut = s.start;
    }
  }
  const text = line.text.slice(0, cut - line.start).trimEnd();
  if (text.length === 0) return null;
  return { start: line.start, end: line.start + text.length, text, index: line.index };
}
