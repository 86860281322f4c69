import type { Article } from "../../src/corpus/article";
import { extractMentions } from "../../src/timeline/extract";

/** An Article built directly from a text (no loader), published on `published`. */
export function article(text: string, published: string | null = "2025-01-25", id = "t"): Article {
  return { id, file: `${id}.txt`, title: null, outlet: "unknown", published, publishedEstimated: false, language: "en", raw: text, text, removed: [], encoding: "utf-8", meta: {} };
}

/** "text=value" for every mention, in order: one compact string per test. */
export function found(text: string, published = "2025-01-25"): string[] {
  return extractMentions(article(text, published)).map((m) => `${m.text}=${m.value}${m.mod ? `/${m.mod}` : ""}`);
}
