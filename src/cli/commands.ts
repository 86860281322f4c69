import type { Command } from "./io";

/**
 * The one place commands are registered. Each entry loads its module lazily so `newscompare corpus`
 * does not pay for plotly or chrono. Add a command: one file in commands/, one line here.
 */
export const commands: Record<string, () => Promise<Command>> = {
  // require, not import(): under tsx/cjs (bin, mocha) a dynamic import() bypasses the TypeScript hook.
  corpus: async () => (require("./commands/corpus") as typeof import("./commands/corpus")).corpusCommand,
  ingest: async () => (require("./commands/ingest") as typeof import("./commands/ingest")).ingestCommand,
  frequencies: async () => (require("./commands/frequencies") as typeof import("./commands/frequencies")).frequenciesCommand,
  overlap: async () => (require("./commands/overlap") as typeof import("./commands/overlap")).overlapCommand,
  quotes: async () => (require("./commands/quotes") as typeof import("./commands/quotes")).quotesCommand,
  report: async () => (require("./commands/report") as typeof import("./commands/report")).reportCommand,
  store: async () => (require("./commands/store") as typeof import("./commands/store")).storeCommand,
  timeline: async () => (require("./commands/timeline") as typeof import("./commands/timeline")).timelineCommand,
};
