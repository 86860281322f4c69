/**
 * newscompare's public API. Data flows one way: files → loadCorpus → Article[] → toDocuments →
 * Document[] → an analysis → plain results → charts (Plotly figures as data) → show / saveChart /
 * buildReport. Each area's own index lists everything it exports; this file names the entry points.
 */
// corpus: loading and cleaning
export { loadCorpus, CorpusError, findBoilerplate, blankSpans, unifyOutletNames } from "./corpus";
export type { Article, RemovedSpan, LoadWarning, LoadOptions, LoadResult, RecordFields } from "./corpus";
// text: tokens, sentences, n-grams, stopwords, stems
export { tokenize, splitSentences, toDocument, toDocuments, ngrams, stem, isStopword, ENGLISH_STOPWORDS, countWords } from "./text";
export type { Token, Sentence, Document } from "./text";
// analyses
export { analyseFrequencies, distinctive, kwic } from "./frequency";
export { analyseOverlap, alignDocuments } from "./overlap";
export type { OverlapResult } from "./overlap";
export { analyseTimeline, extractMentions, groupEvents } from "./timeline";
export type { Mention, TimelineEvent } from "./timeline";
export { extractQuotes, quoteCorpus } from "./quotes";
export type { Quote, Speaker } from "./quotes";
// tables, charts, rendering, the report
export { toDataFrame, fromDataFrame } from "./tables/dataframe";
export type { Row } from "./tables/rows";
export type { Figure } from "./charts/figure";
export { show } from "./render/notebook";
export { showTable } from "./render/show-table";
export { saveChart, saveTable } from "./render/save";
export { buildReport } from "./report/build";
export { ingest, openStore, storeFrequencies, storeSpeakers, storeMentionsPerDay, storeEvents } from "./store";
export type { Store, IngestOptions, IngestSummary } from "./store";
export { main } from "./cli/main";
