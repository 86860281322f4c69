import type { Article } from "../corpus/article";
import * as normalise from "./normalise";
import * as splitter from "./sentences";
import * as tokenizer from "./tokens";
import type { ParagraphMode, TokenView } from "./sentences";
import type { TokenSpans } from "./tokens";
import type { Document, TokenKind } from "./types";

// module-level copies: imported bindings compile to getter calls under CommonJS (per token here)
const { fold } = normalise;
const { detectParagraphMode, splitSentences, splitTokenView } = splitter;
const { scanTokens, tokenize, TOKEN_KINDS } = tokenizer;

/**
 * The paragraph mode of an article, read from `raw` between its first token's start and its last
 * token's end: cleaning blanks removed lines to spaces, and in `text` they would look like blank lines.
 */
function paragraphModeOf(article: Article, from: number, to: number): ParagraphMode {
  return detectParagraphMode(article.raw, from, to);
}

/** Tokenise and split an article's cleaned text (`article.text`): offsets index `text` and `raw`. */
export function toDocument(article: Article): Document {
  const tokens = tokenize(article.text);
  const from = tokens.length > 0 ? tokens[0].start : 0;
  const to = tokens.length > 0 ? tokens[tokens.length - 1].end : 0;
  const sentences = splitSentences(article.text, tokens, { paragraphs: paragraphModeOf(article, from, to) });
  return { article, tokens, sentences };
}

export function toDocuments(articles: Article[]): Document[] {
  return articles.map(toDocument);
}

/** `toDocument(article).sentences` as parallel arrays: sentence i runs from starts[i] to ends[i]. */
export interface SentenceSpans {
  length: number;
  starts: Int32Array;
  ends: Int32Array;
  paragraphs: Int32Array;
}

/** The spans of `scanTokens` as a TokenView: surfaces and norms are cut from the text only when asked for. */
class SpanView implements TokenView {
  constructor(private readonly text: string, private readonly spans: TokenSpans) {}
  get length(): number {
    return this.spans.length;
  }
  start(i: number): number {
    return this.spans.starts[i];
  }
  end(i: number): number {
    return this.spans.ends[i];
  }
  kind(i: number): TokenKind {
    return TOKEN_KINDS[this.spans.kinds[i]];
  }
  surface(i: number): string {
    return this.text.slice(this.spans.starts[i], this.spans.ends[i]);
  }
  norm(i: number): string {
    return fold(this.surface(i));
  }
}

/** reused by every call: the token spans are consumed before sentenceSpans returns */
const scratch: TokenSpans = { length: 0, starts: new Int32Array(4096), ends: new Int32Array(4096), kinds: new Uint8Array(4096) };

/**
 * Exactly the start, end and paragraph of `toDocument(article).sentences`, by the same tokenizer
 * scan and the same splitter, without Token objects (no surface or norm string per token). For
 * analyses that need only where sentences are (the timeline on the CLI): about a third of the cost.
 */
export function sentenceSpans(article: Article): SentenceSpans {
  const text = article.text;
  const spans = scanTokens(text, scratch);
  const n = spans.length;
  const from = n > 0 ? spans.starts[0] : 0;
  const to = n > 0 ? spans.ends[n - 1] : 0;
  const starts: number[] = [];
  const ends: number[] = [];
  const paragraphs: number[] = [];
  splitTokenView(text, new SpanView(text, spans), (first, last, paragraph) => {
    starts.push(spans.starts[first]);
    ends.push(spans.ends[last]);
    paragraphs.push(paragraph);
  }, paragraphModeOf(article, from, to));
  return { length: starts.length, starts: Int32Array.from(starts), ends: Int32Array.from(ends), paragraphs: Int32Array.from(paragraphs) };
}
