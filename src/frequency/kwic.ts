/**
 * Keyword in context: every occurrence of a term, with the text either side.
 *
 * It walks the documents with the same runs and units as the counts (units.ts), so a term counted
 * N times in an article has exactly N lines there: with names merged (the default), "putin" does not
 * match inside "Vladimir Putin" — ask for "Vladimir Putin", or pass `phrases: false`. With
 * `unit: "stem"` the query is stemmed too, so "talk" finds "talks", "talked" and "talking".
 */
import { stem as porterStem } from "../text/stems";
import { tokenize } from "../text/tokens";
import type { Document } from "../text/types";
import { resolveCountOptions, type FrequencyOptions } from "./analyse";
import { forEachGram, walkRuns } from "./units";

export interface KwicLine {
  article: string;
  /** offsets of the match in the article text (and raw file text) */
  start: number;
  end: number;
  /** up to `width` characters before and after, whitespace runs shown as one space */
  left: string;
  match: string;
  right: string;
}

export interface KwicOptions extends FrequencyOptions {
  /** characters of context each side; default 40 */
  width?: number;
}

/** The counting key of a query string: its words tokenised and folded like the text (stemmed for stems). */
export function termKey(term: string, unit: "word" | "stem" = "word"): string {
  return tokenize(term)
    .filter((t) => t.kind === "word" || t.kind === "number")
    .map((t) => (unit === "stem" ? porterStem(t.norm) : t.norm))
    .join(" ");
}

export function kwic(docs: Document[], term: string, options: KwicOptions = {}): KwicLine[] {
  const width = options.width ?? 40;
  const resolved = resolveCountOptions(docs, { ...options, stopwords: false, numbers: true });
  const key = termKey(term, resolved.unit);
  const words = key === "" ? 0 : key.split(" ").length;
  const lines: KwicLine[] = [];
  if (words === 0) return lines;
  for (const doc of docs) {
    const text = doc.article.text;
    walkRuns(doc, resolved, (run) => {
      forEachGram(run, words, (k, _surface, from, to) => {
        if (k !== key) return;
        const start = run.starts[from];
        const end = run.ends[to - 1];
        lines.push({
          article: doc.article.id,
          start,
          end,
          left: squash(text.slice(Math.max(0, start - width), start)).trimStart(),
          match: text.slice(start, end),
          right: squash(text.slice(end, end + width)).trimEnd(),
        });
      });
    });
  }
  return lines;
}

function squash(s: string): string {
  return s.replace(/\s+/g, " ");
}
