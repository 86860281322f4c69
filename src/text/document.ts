import type { Article } from "../corpus/article";
import type { Document } from "./types";

/** Tokenise and split an article's cleaned text. STUB — implemented by the text work. */
export function toDocument(article: Article): Document {
  void article;
  throw new Error("toDocument: not implemented yet");
}

export function toDocuments(articles: Article[]): Document[] {
  return articles.map(toDocument);
}
