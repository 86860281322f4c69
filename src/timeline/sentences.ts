/** Sentence bounds for the timeline: the shared Document's sentences (same offsets as everywhere). */
import type { Article } from "../corpus/article";
import type { Document } from "../text/types";
import { toDocument } from "../text/document";

export interface Bounds {
  start: number;
  end: number;
}

/** The document's sentences when the caller has it (a Sentence is a Bounds: no copy), else built. */
export function sentenceBounds(article: Article, doc?: Document): Bounds[] {
  return (doc ?? toDocument(article)).sentences;
}
