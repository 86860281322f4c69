import type { RemovedSpan } from "./article";
import { advertisement } from "./boilerplate/advertisement";
import { byline } from "./boilerplate/byline";
import { copyright } from "./boilerplate/copyright";
import { imageCaption } from "./boilerplate/image-caption";
import { splitLines } from "./boilerplate/lines";
import { loadingPlaceholder } from "./boilerplate/loading-placeholder";
import { photoCredit } from "./boilerplate/photo-credit";
import { readerComment } from "./boilerplate/reader-comment";
import type { BoilerplateRule } from "./boilerplate/rule";
import { sharePrompt } from "./boilerplate/share-prompt";
import { SpanSet } from "./boilerplate/span-set";

/**
 * The rules, in order: each sees what the earlier ones found. Photo credits come before captions
 * (a caption is found next to its credit) and copyright before bylines (a byline line's "(c) 2025"
 * tail is split off as its own span, so each part carries its most specific reason).
 */
export const DEFAULT_RULES: readonly BoilerplateRule[] = [
  loadingPlaceholder,
  sharePrompt,
  advertisement,
  photoCredit,
  copyright,
  byline,
  imageCaption,
  readerComment,
];

/**
 * Find web-page debris, bylines, copyright lines and reader comments in `raw`, looking only at
 * `raw.slice(from)` (the body: front matter excluded). Offsets are into `raw`; a span covers the
 * visible text of a line (or part of a line), never its newline. Sorted by start, never overlapping.
 */
export function findBoilerplate(raw: string, from = 0, rules: readonly BoilerplateRule[] = DEFAULT_RULES): RemovedSpan[] {
  const lines = splitLines(raw, from);
  const found: RemovedSpan[] = [];
  const taken = new SpanSet(raw.length);
  for (const rule of rules) {
    for (const span of rule({ raw, from, lines, found, taken })) {
      if (!taken.overlaps(span.start, span.end)) {
        found.push(span);
        taken.add(span);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
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
