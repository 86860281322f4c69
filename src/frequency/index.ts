/** Word frequencies: counts, multi-word names, distinctive terms (keyness), TF-IDF, keyword in context. */
export { analyseFrequencies, frequencyTable, summarise, resolveCountOptions, DENOMINATOR } from "./analyse";
export type { FrequencyOptions, FrequencyResult, GroupRow } from "./analyse";
export { countTerms, createCounter, termRows, groupKey, per10k } from "./counts";
export type { TermCounter } from "./counts";
export type { CountOptions, CountTable, Group, GroupBy, TermInfo, TermKind, TermRow } from "./counts";
export { distinctive, KEYNESS_METHODS } from "./keyness";
export type { DistinctiveRow, KeynessMethod, KeynessOptions } from "./keyness";
export { findPhrases } from "./phrases";
export type { Phrase, PhraseOptions } from "./phrases";
export { phraseSet } from "./phrase-set";
export type { PhraseSet } from "./phrase-set";
export { g2Table, g2TwoCorpus, logRatio, logOddsDirichlet } from "./stats";
export { idf, tfidf } from "./tfidf";
export { kwic, termKey } from "./kwic";
export type { KwicLine, KwicOptions } from "./kwic";
export { termRates } from "./rates";
export type { TermRate } from "./rates";
