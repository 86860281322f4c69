import type { RemovedSpan } from "./article";

/**
 * Find web-page debris, bylines, copyright lines and reader comments in `raw`, looking only at
 * `raw.slice(from)` (the body: front matter excluded). Offsets are into `raw`.
 * STUB — implemented by the cleaning work.
 */
export function findBoilerplate(raw: string, from = 0): RemovedSpan[] {
  void raw;
  void from;
  return [];
}

/** `raw` with every removed span replaced by spaces, newlines kept: same length, same offsets. */
export function blankSpans(raw: string, spans: RemovedSpan[]): string {
  if (spans.length === 0) return raw;
  const chars = raw.split("");
  for (const { start, end } of spans) {
    for (let i = start; i < end; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " ";
  }
  return chars.join("");
}
