/**
 * `--store DIR` for the analysis commands (frequencies, timeline, quotes, overlap, report): the
 * articles come from a store made by `newscompare ingest` instead of PATHs, with the same filters
 * (`--outlet`, `--from`, `--to`) and grouping (`--by`, `--label`) as a folder, validated by the same
 * functions (src/cli/input.ts).
 */
import { CorpusError } from "../corpus/article";
import type { Store } from "../store/open";
import type { StoreSelection } from "../store/selection";
import { UsageError } from "./args";
import { filterOption, groupingOption, type GroupingValues, type InputValues } from "./input";
import type { CommandIO } from "./io";

export const storeOption = { store: { type: "string" } } as const;

export const STORE_HELP = `Store:
  --store DIR          read the articles from a store made by 'newscompare ingest PATH... --store DIR'
                       (a collection of any size) instead of PATHs; --outlet, --from, --to, --by and
                       --label apply as to files`;

/** Options that say how to read files: meaningless for a store, whose files were read at ingest. */
const FILE_OPTIONS = ["skip-bad", "keep-boilerplate", "published", "field", "date-order", "strict"] as const;

/** Check a `--store` command line: no PATH, no file-reading option (usage errors, exit 2). */
export function checkStoreArgs(values: InputValues & GroupingValues & { store?: string }, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`--store reads the store; give no PATH (got ${positionals.join(" ")})`);
  for (const o of FILE_OPTIONS) {
    if (values[o] !== undefined && values[o] !== false) throw new UsageError(`--${o} is for reading files; a store's files were read when it was ingested`);
  }
  filterOption(values);
  groupingOption(values);
}

/**
 * Open the store and select its articles: filters and grouping from the flags, the filter's note on
 * stderr, a store that cannot be read or holds no matching article a data error naming the folder
 * (exit 1). The caller closes the store.
 */
export async function openStoreInput(
  dir: string,
  values: InputValues & GroupingValues,
  io: CommandIO,
  options: { defaultUnit?: "outlet" } = {},
): Promise<{ store: Store; selection: StoreSelection }> {
  const { openStore } = require("../store/open") as typeof import("../store/open");
  const { StoreError } = require("../store/layout") as typeof import("../store/layout");
  const { selectStore } = require("../store/selection") as typeof import("../store/selection");
  let store: Store;
  try {
    store = await openStore(dir);
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
