import type { RemovedSpan } from "../article";
import type { Line } from "./lines";
import type { SpanSet } from "./span-set";

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
  /** the characters `found` covers, for questions of overlap */
  taken: SpanSet;
}

/** One kind of boilerplate: returns the spans it removes, offsets into `raw`. */
export type BoilerplateRule = (ctx: RuleContext) => RemovedSpan[];

/** The span covering a whole line, with a reason. */
export function lineSpan(line: Line, reason: string): RemovedSpan {
  return { start: line.start, end: line.end, reason };
}

/** True when some span found so far overlaps the line. */
export function touched(line: Line, taken: SpanSet): boolean {
  return taken.overlaps(line.start, line.end);
}

/**
 * The part of the line before the first found span that starts inside it (trimmed), or the whole
 * line when none does. Lets a rule judge "By X · Outlet" once the "(c) 2025" tail is taken.
 */
export function headBeforeFound(line: Line, taken: SpanSet): Line | null {
  // the first covered character of the line is where the first found span inside it starts
  const first = taken.firstIn(line.start, line.end);
  if (first === line.start) return null;
  const cut = first < 0 ? line.end : first;
  const text = line.text.slice(0, cut - line.start).trimEnd();
  if (text.length === 0) return null;
  return { start: line.start, end: line.start + text.length, text, index: line.index };
}
