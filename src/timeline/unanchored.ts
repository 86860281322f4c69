import type { Mention } from "./types";
import { WEEKDAY_NAMES } from "../text/calendar";

/**
 * Relative expressions need a reference date. When an article has none (no metadata, no
 * `--published`, no full date in its text to estimate from), the timeline is extracted against two
 * unrelated reference dates: a value that comes out the same both times carries its own date ("June
 * 2021", "P3Y"); one that differs depends on the reference and is written the TimeML way for an
 * unanchored value — the parts that moved become X ("Friday" → XXXX-WXX-5, "last June" → XXXX-06,
 * "last week" → XXXX-WXX) — and is not placed on the timeline (no resolvedStart/End).
 */
export const PROBE_REFERENCES = ["2000-06-15", "2011-03-08"] as const;

/** each weekday's name as a word with its ISO number (Monday 1 … Sunday 7), compiled once (not seven patterns per mention) */
const WEEKDAY_WORDS = [...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0]].map((name, i) => [new RegExp(`\\b${name}\\b`, "i"), i + 1] as const);

export function mergeUnanchored(first: Mention[], second: Mention[]): Mention[] {
  const other = new Map(second.map((m) => [`${m.start}:${m.end}`, m]));
  return first.map((m) => {
    const twin = other.get(`${m.start}:${m.end}`);
    if (!twin || twin.value === m.value) return m;
    const { resolvedStart, resolvedEnd, anchor, ...rest } = m;
    void resolvedStart; void resolvedEnd; void anchor;
    return { ...rest, value: unanchoredValue(m.value, twin.value, m.text) };
  });
}

/** Component-wise merge of two values of one expression: components that differ become X. */
export function unanchoredValue(a: string, b: string, text: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/;
  const weekday = WEEKDAY_WORDS.find(([word]) => word.test(text));
  if (day.test(a) && day.test(b) && weekday) return `XXXX-WXX-${weekday[1]}${a.slice(10)}`;
  const pa = a.split(/([-T:])/);
  const pb = b.split(/([-T:])/);
  if (pa.length !== pb.length) return a.replace(/\d/g, "X");
  return pa.map((part, i) => (part === pb[i] ? part : part.replace(/\d/g, "X"))).join("");
}
