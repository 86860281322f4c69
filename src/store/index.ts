/** Collections: ingest into a Parquet store, open it, query it (docs/SCALE.md). */
export { ingest } from "./ingest";
export type { IngestOptions, IngestSummary } from "./ingest";
export { openStore } from "./open";
export type { Store } from "./open";
export { storeFrequencies, storeSpeakers, storeMentionsPerDay, storeEvents, storeGroups, storeTermCounts } from "./query";
export { runPasses } from "./passes";
export { StoreError } from "./layout";
