import type { ReportSection } from "../section";

/**
 * The one registration point for report sections, in reading order. An analysis adds its section
 * with one file in this folder and one line here; the report builder never changes for it.
 */
export const reportSections: Array<() => Promise<ReportSection>> = [
  // require, not import(): under tsx/cjs (bin, mocha) a dynamic import() bypasses the TypeScript hook.
  async () => (require("./corpus") as typeof import("./corpus")).corpusSection,
  async () => (require("./frequencies") as typeof import("./frequencies")).frequenciesSection,
  async () => (require("./overlap") as typeof import("./overlap")).overlapSection,
  async () => (require("./timeline") as typeof import("./timeline")).timelineSection,
  async () => (require("./quotes") as typeof import("./quotes")).quotesSection,
];
