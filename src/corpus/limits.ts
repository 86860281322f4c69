/**
 * The documented article size limit: an article longer than this (in JavaScript characters) is not
 * analysed as one text. It bounds what any stage can be asked to do with a single article.
 */
export const MAX_ARTICLE_CHARS = 10_000_000;
