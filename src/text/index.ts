/** Text layer: tokens, sentences, normalisation, n-grams, stopwords, stems. */
export type { Token, TokenKind, Sentence, Document } from "./types";
export { tokenize, scanWords, scanTokens, TOKEN_KINDS } from "./tokens";
export type { TokenSpans } from "./tokens";
export { createSliceInterner } from "./slice-interner";
export type { SliceInterner } from "./slice-interner";
export { splitSentences, splitTokenView, detectParagraphMode } from "./sentences";
export type { ParagraphMode, SplitOptions, TokenView } from "./sentences";
export { fold } from "./normalise";
export { abbreviationClass, knownAbbreviations, SENTENCE_STARTERS } from "./abbreviations";
export type { AbbreviationClass } from "./abbreviations";
export { ngrams } from "./ngrams";
export type { NGram, NGramOptions } from "./ngrams";
export { ENGLISH_STOPWORDS, REPORTING_VERBS, isStopword, stopwordSet } from "./stopwords";
export { stem, createStemmer, termForms, displayForm } from "./stems";
export type { Stemmer, TermForms } from "./stems";
export { toDocument, toDocuments, sentenceSpans } from "./document";
export type { SentenceSpans } from "./document";
export { isCountedWord, countWords } from "./words";
