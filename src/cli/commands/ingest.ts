import * as os from "node:os";
import { StoreError } from "../../store/layout";
import { ingest } from "../../store/ingest";
import { corpusOptions, parseCommandArgs, UsageError } from "../args";
import type { Command } from "../io";
import { loadOptions } from "../input";
import { DEFAULT_MEMORY_LIMIT } from "../../store/duck";
import { memoryLimitOption } from "../store-input";

const USAGE = `usage: newscompare ingest PATH... --store DIR [--workers N] [--replace] [input options]

Stream a collection into a store of Parquet files that DuckDB queries (frequencies, timeline, quotes,
overlap and report take --store DIR). Records are read one at a time — folders, .jsonl, .csv, .json,
and gzip-compressed .jsonl.gz / .csv.gz — so a collection of any size fits in bounded memory.
Each article is analysed in worker threads and written in batches; a bad record gives one line naming
its file and line, and the rest goes on. Ingesting again skips the articles already stored (by id),
so a killed run is finished by running it again. After the articles, the corpus-wide passes run:
outlet spellings, speakers' names merged, events grouped, overlap candidate pairs aligned.

  --store DIR      the store (created when missing; must be a store or an empty folder)
  --workers N      worker threads (default: one per core, here ${os.availableParallelism?.() ?? os.cpus().length}; 0 analyses in
                   the main thread)
  --batch N        articles per batch file (default 1000)
  --replace        re-ingest stored articles whose text or metadata changed
  --no-passes      leave the corpus passes for later (newscompare store finish --store DIR)
  --memory-limit SIZE
                   how much memory DuckDB may use in the corpus passes before it spills to disk
                   (default ${DEFAULT_MEMORY_LIMIT})

Input: PATH... are folders or files, as for every command; --field, --date-order, --published,
--keep-boilerplate apply (--skip-bad is implied: nothing stops at a bad record).`;

const options = {
  ...corpusOptions,
  store: { type: "string" },
  workers: { type: "string" },
  batch: { type: "string" },
  replace: { type: "boolean" },
  "no-passes": { type: "boolean" },
  "memory-limit": { type: "string" },
} as const;

export const ingestCommand: Command = {
  summary: "stream a collection (folders, .jsonl, .csv, .gz) into a Parquet store for DuckDB",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, options);
    if (!values.store) throw new UsageError("--store DIR is required (where the Parquet store goes)");
    if (positionals.length === 0) throw new UsageError("give the files or folders to ingest");
    const count = (v: string | undefined, name: string, least: number) => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < least) throw new UsageError(`${name} wants a whole number of at least ${least}, got '${v}'`);
      return n;
    };
    try {
      const s = await ingest(positionals, values.store, {
        ...loadOptions(values),
        workers: count(values.workers, "--workers", 0),
        batchSize: count(values.batch, "--batch", 1),
        replace: Boolean(values.replace),
        passes: !values["no-passes"],
        passOptions: { memoryLimit: memoryLimitOption(values["memory-limit"]) },
        sink: io,
      });
      const parts = [`${s.stored.toLocaleString("en-US")} articles stored`];
      const n = (x: number, one: string, many: string) => `${x.toLocaleString("en-US")} ${x === 1 ? one : many}`;
      if (s.replaced) parts.push(`${s.replaced.toLocaleString("en-US")} replaced`);
      if (s.skipped) parts.push(`${s.skipped.toLocaleString("en-US")} already stored`);
      if (s.duplicates) parts.push(n(s.duplicates, "duplicate id", "duplicate ids"));
      if (s.problems) parts.push(`${n(s.problems, "record or file", "records or files")} not read (listed above)`);
      io.stderr(`ingest: ${parts.join(", ")} in ${s.seconds.toFixed(1)} s (${Math.round(s.read / Math.max(s.seconds, 0.001))} articles/s) → ${values.store}\n`);
      return s.stored + s.skipped + s.replaced > 0 ? 0 : 1;
    } catch (err) {
      if (err instanceof StoreError) {
        io.stderr(`${err.dir}: ${err.problem}\n`);
        return 1;
      }
      throw err;
    }
  },
};
