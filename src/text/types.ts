/** Tokens and sentences: plain data with offsets into Article.raw (== Article.text offsets). */

export type TokenKind = "word" | "number" | "punct" | "symbol";

export interface Token {
  /** offsets into the article text */
  start: number;
  end: number;
  /** the characters as written */
  surface: string;
  /** folded for matching: lower case, curly quotes/apostrophes straightened, NFKC-ish width folding; same for "Trump’s" and "trump's" */
  norm: string;
  kind: TokenKind;
  /** index of the sentence holding this token */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** index of the first token and one past the last, into Document.tokens */
  tokenStart: number;
  tokenEnd: number;
  /** index of the paragraph (blank-line or line-separated block) holding it */
  paragraph: number;
}

/** An article with its tokens and sentences; analyses take Document[]. */
export interface Document {
  article: import("../corpus/article").Article;
  tokens: Token[];
  sentences: Sentence[];
}
