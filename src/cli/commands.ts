import type { Command } from "./io";

/**
 * The one place commands are registered. Each entry loads its module lazily so `newscompare corpus`
 * does not pay for plotly or chrono. Add a command: one file in commands/, one line here.
 */
export const commands: Record<string, () => Promise<Command>> = {
  corpus: async () => (await import("./commands/corpus")).corpusCommand,
};
