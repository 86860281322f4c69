/**
 * `--store DIR` for the analysis commands (frequencies, timeline, quotes, overlap, report): the
 * articles come from a store made by `newscompare ingest` instead of PATHs, with the same filters
 * (`--outlet`, `--from`, `--to`) and grouping (`--by`, `--label`) as a folder, validated by the same
 * functions (src/cli/input.ts).
 */
import { CorpusError } from "../corpus/article";
import type { Store } from "../store/open";
import type { StoreSelection } from "../store/selection";
import { DEFAULT_MEMORY_LIMIT } from "../store/duck";
import { UsageError } from "./args";
import { filterOption, groupingOption, type GroupingValues, type InputValues } from "./input";
import type { CommandIO } from "./io";

export const storeOption = { store: { type: "string" }, "memory-limit": { type: "string" } } as const;

/** The help of the store options; `note`: more on --store for this command, wrapped under it. */
export function storeHelp(note = ""): string {
  return `Store:
  --store DIR          read the articles from a store made by 'newscompare ingest PATH... --store DIR'
                       (a collection of any size) instead of PATHs; --outlet, --from, --to, --by and
                       --label apply as to files.${note ? ` ${note}` : ""}
  --memory-limit SIZE  how much memory DuckDB may use for the store's queries before it spills to
                       disk (default ${DEFAULT_MEMORY_LIMIT}); more (8GB) when a query over a large
                       collection says it needs it`;
}

/** The least `--memory-limit` accepted: below it DuckDB cannot even open a store's views. */
const LEAST_MEMORY_MB = 64;

/** `--memory-limit` as DuckDB reads it ("8GB", "512MB"), or undefined for the default (a bad size is a usage error). */
export function memoryLimitOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$/i.exec(value);
  const unit = m ? m[2].toUpperCase().replace("I", "") : "";
  const mb = m ? Number(m[1]) * ({ KB: 1 / 1024, MB: 1, GB: 1024, TB: 1024 * 1024 } as Record<string, number>)[unit] : 0;
  if (!m || !(mb >= LEAST_MEMORY_MB)) throw new UsageError(`--memory-limit wants a size of at least ${LEAST_MEMORY_MB}MB, such as 4GB or 512MB, got '${value}'`);
  return `${m[1]}${m[2]}`;
}

/** `--memory-limit` on a command reading files: it is DuckDB's, so only for --store. */
export function refuseMemoryLimitWithoutStore(values: { store?: string; "memory-limit"?: string }): void {
  if (values.store === undefined && values["memory-limit"] !== undefined) throw new UsageError("--memory-limit is for --store DIR (DuckDB's memory); files are analysed in memory");
}

/** Options that say how to read files: meaningless for a store, whose files were read at ingest. */
const FILE_OPTIONS = ["skip-bad", "keep-boilerplate", "published", "field", "date-order", "strict"] as const;

/** Check a `--store` command line: no PATH, no file-reading option (usage errors, exit 2). */
export function checkStoreArgs(values: InputValues & GroupingValues & { store?: string; "memory-limit"?: string }, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`--store reads the store; give no PATH (got ${positionals.join(" ")})`);
  for (const o of FILE_OPTIONS) {
    if (values[o] !== undefined && values[o] !== false) throw new UsageError(`--${o} is for reading files; a store's files were read when it was ingested`);
  }
  filterOption(values);
  groupingOption(values);
  memoryLimitOption(values["memory-limit"]);
}

/**
 * Open the store and select its articles: filters and grouping from the flags, the filter's note on
 * stderr, a store that cannot be read or holds no matching article a data error naming the folder
 * (exit 1). The caller closes the store.
 */
export async function openStoreInput(
  dir: string,
  values: InputValues & GroupingValues & { "memory-limit"?: string },
  io: CommandIO,
  options: { defaultUnit?: "outlet" } = {},
): Promise<{ store: Store; selection: StoreSelection }> {
  const { openStore } = require("../store/open") as typeof import("../store/open");
  const { StoreError } = require("../store/layout") as typeof import("../store/layout");
  const { selectStore } = require("../store/selection") as typeof import("../store/selection");
  let store: Store;
  try {
    store = await openStore(dir, { memoryLimit: memoryLimitOption(values["memory-limit"]) });
  } catch (err) {
    if (err instanceof StoreError) throw new CorpusError(err.dir, err.problem);
    throw err;
  }
  try {
    const s = store.state;
    if (s.batches.length > 0 && JSON.stringify(s.derivedFrom ?? null) !== JSON.stringify(s.batches.map((b) => b.id))) {
      io.stderr(`${dir}: warning: the corpus passes (outlets, speakers, events, overlap pairs) are ${s.derivedFrom ? "out of date" : "not run"}: run 'newscompare store finish --store ${dir}'\n`);
    }
    const { by, label } = groupingOption(values);
    const selection = await selectStore(store, { filter: filterOption(values), by, label, defaultUnit: options.defaultUnit });
    if (selection.note) io.stderr(`${selection.note}\n`);
    if (selection.articles.length === 0) throw new CorpusError(dir, selection.stored === 0 ? "the store holds no article" : "no article matches --outlet/--from/--to");
    return { store, selection };
  } catch (err) {
    store.close();
    throw err;
  }
}
