/** Every chart the project draws: pure functions from analysis results to a Plotly figure. */
export type { Figure } from "./figure";
export { colorScale, baseLayout, axis, figure, PALETTE } from "./theme";
export { summarizeCorpus, summarizeDocument, colorKey } from "./corpus-summary";
export type { ArticleSummary } from "./corpus-summary";
// corpus
export { articleLengthsChart } from "./article-lengths";
export { publicationDatesChart } from "./publication-dates";
export { removedBoilerplateChart } from "./removed-boilerplate";
// word frequencies
export { topTermsChart } from "./frequency-top-terms";
export { termHeatmapChart } from "./frequency-heatmap";
export { distinctiveChart } from "./frequency-distinctive";
export { pairScatterChart } from "./frequency-scatter";
export { termOverTimeChart } from "./frequency-over-time";
// source overlap
export { overlapHeatmap } from "./overlap-heatmap";
export { overlapGraph } from "./overlap-graph";
export { overlapSources } from "./overlap-sources";
export { quoteDriftTable } from "./overlap-quote-drift";
export { sideBySideHtml } from "./overlap-side-by-side";
// timeline
export { timelineChart } from "./timeline";
export { timelineEventsChart } from "./timeline-events";
export { timelineReachChart } from "./timeline-reach";
// quotes
export { quotesSpeakerHeatmap } from "./quotes-speakers";
export { quotesOverTime } from "./quotes-timeline";
export { quotesTableFigure, quoteRows } from "./quotes-table";
