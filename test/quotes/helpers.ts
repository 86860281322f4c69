import type { Article } from "../../src/corpus/article";
import { extractQuotes } from "../../src/quotes/extract";
import type { Quote } from "../../src/quotes/types";

/** An Article built directly from a text (no cleaning), for small hand-written cases. */
export function article(text: string, id = "t", removed: Article["removed"] = []): Article {
  return {
    id,
    file: `${id}.txt`,
    title: null,
    outlet: "unknown",
    published: null,
    publishedEstimated: false,
    language: "en",
    raw: text,
    text,
    removed,
    encoding: "utf-8",
    meta: {},
  };
}

/** [text, kind, speaker] per quote: the compact shape most assertions compare. */
export function summary(text: string): Array<[string, Quote["kind"], string | null]> {
  return extractQuotes(article(text)).map((q) => [q.text, q.kind, q.speaker]);
}
