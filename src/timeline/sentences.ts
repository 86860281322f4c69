/**
 * Sentence bounds for the timeline: the shared Document's sentences when the caller has one (the
 * report), else the same bounds from `sentenceSpans`, which splits by the same rules without
 * building Token objects (the CLI command, which needs nothing else from a Document).
 */
import type { Article } from "../corpus/article";
import type { Document } from "../text/types";
import * as document from "../text/document";

// module-level copy: imported bindings compile to getter calls under CommonJS
const { sentenceSpans } = document;

export interface Bounds {
  start: number;
  end: number;
}

/** The document's sentences when given (a Sentence is a Bounds: no copy), else `sentenceSpans`' as Bounds. */
export function sentenceBounds(article: Article, doc?: Document): Bounds[] {
  if (doc) return doc.sentences;
  const spans = sentenceSpans(article);
  const out: Bounds[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = { start: spans.starts[i], end: spans.ends[i] };
  return out;
}
