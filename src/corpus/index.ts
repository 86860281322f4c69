/** The corpus area: loading files into articles, and the article model. */
export { loadCorpus, KNOWN_EXTENSIONS } from "./load";
export type { LoadOptions, LoadResult, RecordFields } from "./types";
export { CorpusError } from "./article";
export type { Article, RemovedSpan, LoadWarning } from "./article";
export { findBoilerplate, blankSpans } from "./clean";
export { decodeFile } from "./encoding";
export type { Decoded } from "./encoding";
export { splitFrontMatter } from "./front-matter";
export type { FrontMatter } from "./front-matter";
export { normaliseDate } from "./dates";
export type { DateResult } from "./dates";
export { DEFAULT_FIELDS, mergeFields } from "./fields";
export { MANIFEST_NAME, readManifest } from "./manifest";
export { unifyOutletNames, resolveOutlets, siteOf, knownOutlet, OUTLET_ALIASES } from "./outlets";
export { assignTopics, fileSeries, TOPIC_FIELDS } from "./topics";
export { filterArticles, isEmptyFilter } from "./filter";
export type { ArticleFilter, FilterOutcome } from "./filter";
