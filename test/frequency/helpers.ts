import type { Article } from "../../src/corpus/article";
import { toDocument } from "../../src/text/document";
import type { Document } from "../../src/text/types";

/** A Document from a text written in the test, through the project's real tokenizer and sentence splitter. */
export function doc(id: string, text: string, extra: Partial<Article> = {}): Document {
  const article: Article = {
    id, file: `${id}.txt`, title: null, outlet: "unknown", published: null, publishedEstimated: false,
    language: "en", raw: text, text, removed: [], encoding: "utf-8", meta: {}, ...extra,
  };
  return toDocument(article);
}
