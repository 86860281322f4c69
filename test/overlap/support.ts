/**
 * Test support: builds Article and Document objects from small texts written for the tests, so the
 * overlap tests do not depend on the loader or on the exact tokeniser of src/text (the bundled-story
 * tests use the real toDocument when it is available).
 */
import type { Article } from "../../src/corpus/article";
import type { Document, Sentence, Token } from "../../src/text/types";

export function makeArticle(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id, file: `${id}.txt`, title: null, outlet: "unknown", published: null, publishedEstimated: false,
    language: "en", raw: text, text, removed: [], encoding: "utf-8", meta: {}, ...extra,
  };
}

/** Sentences end at . ! ? followed by space+capital or at a newline; words are letters/digits runs. */
export function makeDocument(article: Article): Document {
  const text = article.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
  let sentStart = -1;
  let tokStart = 0;
  let paragraph = 0;
  let lastEnd = 0;
  const close = () => {
    if (sentStart < 0) return;
    sentences.push({ start: sentStart, end: tokens[tokens.length - 1].end, tokenStart: tokStart, tokenEnd: tokens.length, paragraph });
    sentStart = -1;
  };
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const gap = text.slice(lastEnd, start);
    if (gap.includes("\n")) { close(); paragraph += 1; }
    const surface = m[0];
    const prev = tokens[tokens.length - 1];
    if (sentStart >= 0 && prev && /[.!?]/.test(prev.surface) && /^\p{Lu}|^[“"]/u.test(surface) && gap.length > 0) close();
    if (sentStart < 0) { sentStart = start; tokStart = tokens.length; }
    const kind = /^\p{L}/u.test(surface) ? "word" : /^\p{N}/u.test(surface) ? "number" : "punct";
    tokens.push({ start, end: start + surface.length, surface, norm: surface.toLowerCase().replace(/’/g, "'"), kind, sentence: sentences.length });
    lastEnd = start + surface.length;
  }
  close();
  return { article, tokens, sentences };
}

export function doc(id: string, text: string, extra: Partial<Article> = {}): Document {
  return makeDocument(makeArticle(id, text, extra));
}
