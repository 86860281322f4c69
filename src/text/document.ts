import type { Article } from "../corpus/article";
import { detectParagraphMode, splitSentences } from "./sentences";
import { tokenize } from "./tokens";
import type { Document } from "./types";

/**
 * Tokenise and split an article's cleaned text (`article.text`): offsets index `text` and `raw`.
 * The paragraph mode is read from `raw` (between the first and last token), because cleaning blanks
 * removed lines to spaces and they would look like blank lines.
 */
export function toDocument(article: Article): Document {
  const tokens = tokenize(article.text);
  const from = tokens.length > 0 ? tokens[0].start : 0;
  const to = tokens.length > 0 ? tokens[tokens.length - 1].end : 0;
  const sentences = splitSentences(article.text, tokens, { paragraphs: detectParagraphMode(article.raw, from, to) });
  return { article, tokens, sentences };
}

export function toDocuments(articles: Article[]): Document[] {
  return articles.map(toDocument);
}
