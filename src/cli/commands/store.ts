import { closeDuck, openDuck } from "../../store/duck";
import { openForWrite, readState, StoreError } from "../../store/layout";
import { runPasses } from "../../store/passes";
import { removeArticles } from "../../store/remove";
import { parseCommandArgs, UsageError } from "../args";
import { memoryLimitOption } from "../store-input";
import { DEFAULT_MEMORY_LIMIT } from "../../store/duck";
import type { Command } from "../io";

const USAGE = `usage: newscompare store <action> [ID...] --store DIR

  store info --store DIR           what the store holds: articles, batches, whether the corpus passes
                                   are up to date
  store remove ID... --store DIR   delete articles by id (their batches are rewritten without them;
                                   the corpus passes then run again)
  store finish --store DIR         run the corpus passes (outlet spellings, speakers, events, outlet
                                   term counts, overlap pairs), e.g. after 'ingest --no-passes'
  --memory-limit SIZE              how much memory DuckDB may use in the corpus passes (remove,
                                   finish) before it spills to disk (default ${DEFAULT_MEMORY_LIMIT})`;

export const storeCommand: Command = {
  summary: "look after a Parquet store: info, remove articles, run the corpus passes",
  usage: USAGE,
  async run(argv, io) {
    const { positionals, values } = parseCommandArgs(argv, { store: { type: "string" }, "memory-limit": { type: "string" }, help: { type: "boolean", short: "h" } });
    const memoryLimit = memoryLimitOption(values["memory-limit"]);
    const [action, ...ids] = positionals;
    const dir = values.store;
    if (!action) throw new UsageError("give an action: info, remove or finish");
    if (!dir) throw new UsageError("--store DIR is required (the store's folder)");
    if (action !== "remove" && ids.length > 0) throw new UsageError(`store ${action} takes no ids`);
    try {
      if (action === "info") {
        const s = readState(dir);
        const n = s.batches.reduce((x, b) => x + b.articles, 0);
        const fresh = JSON.stringify(s.derivedFrom ?? null) === JSON.stringify(s.batches.map((b) => b.id));
        io.stdout(`${dir}: schema ${s.schema}, ${n.toLocaleString("en-US")} articles in ${s.batches.length} batches; corpus passes ${s.derivedFrom ? (fresh ? "up to date" : "out of date (run 'newscompare store finish')") : "not run"}\n`);
        return 0;
      }
      if (action === "remove") {
        if (ids.length === 0) throw new UsageError("store remove wants the ids of the articles to delete");
        const state = openForWrite(dir);
        const duck = await openDuck();
        let removed = 0;
        try {
          removed = (await removeArticles(duck.connection, dir, state, ids)).removed;
        } finally {
          closeDuck(duck);
        }
        io.stderr(`store: removed ${removed} of ${ids.length} ${ids.length === 1 ? "id" : "ids"}${removed < ids.length ? ` (${ids.length - removed} not in the store)` : ""}\n`);
        if (removed > 0) await runPasses(dir, { sink: io, memoryLimit });
        return removed > 0 ? 0 : 1;
      }
      if (action === "finish") {
        openForWrite(dir);
        await runPasses(dir, { sink: io, memoryLimit });
        return 0;
      }
      throw new UsageError(`unknown action '${action}' (known: info, remove, finish)`);
    } catch (err) {
      if (err instanceof StoreError) {
        io.stderr(`${err.dir}: ${err.problem}\n`);
        return 1;
      }
      throw err;
    }
  },
};
