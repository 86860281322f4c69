/** Quotes and speakers: extraction per article, speakers merged across the corpus. */
export { extractQuotes } from "./extract";
export { quoteCorpus } from "./corpus";
export { findQuoteSpans, paragraphs } from "./spans";
export { mergeNames, speakerId } from "./names";
export type { Quote, QuoteKind, QuotePart, Speaker, QuoteResult, Attribution } from "./types";
