/**
 * Reading a store: a DuckDB database in memory whose tables are views over the store's committed
 * Parquet files (the ones store.json lists, never a half-written one). `rows(sql)` gives plain
 * objects; `query(sql)` a danfojs DataFrame, for notebooks.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { toDataFrame, type DataFrame } from "../tables/dataframe";
import type { Row as TableRow } from "../tables/rows";
import { closeDuck, DEFAULT_MEMORY_LIMIT, forEachRow, openDuck, rowsOf, sqlString, type Duck } from "./duck";
import { batchFile, derivedFile, readState, StoreError, type StoreState } from "./layout";
import { ARTICLE_TABLES, DERIVED, DERIVED_TABLES, TABLES, type Column } from "./schema";

export interface Store {
  dir: string;
  state: StoreState;
  connection: DuckDBConnection;
  /** rows of a query as plain objects */
  rows(sql: string): Promise<Array<Record<string, unknown>>>;
  /** a query as a danfojs DataFrame */
  query(sql: string): Promise<DataFrame>;
  /** run a statement for its effect */
  run(sql: string): Promise<void>;
  /** each row of a query as an array of plain values, a chunk at a time (duck.ts forEachRow) */
  forEachRow(sql: string, visit: (row: unknown[]) => void): Promise<void>;
  close(): void;
}

export interface OpenOptions {
  threads?: number;
  /** how much memory DuckDB may use before it spills to disk, as DuckDB writes it ("2GB"); default DEFAULT_MEMORY_LIMIT */
  memoryLimit?: string;
}

export async function openStore(dir: string, options: OpenOptions = {}): Promise<Store> {
  const state = readState(dir);
  const duck = await openDuck(options);
  await defineViews(duck.connection, dir, state);
  return storeOf(dir, state, duck, options.memoryLimit ?? DEFAULT_MEMORY_LIMIT);
}

function storeOf(dir: string, state: StoreState, duck: Duck, memoryLimit: string): Store {
  // DuckDB's out-of-memory error is several lines of tuning advice: one line, in the command's words
  const explained = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      if (/^Out of Memory Error/i.test((err as Error)?.message ?? "")) {
        throw new StoreError(dir, `this query needs more memory than DuckDB may use (--memory-limit ${memoryLimit}): raise --memory-limit, or select fewer articles (--outlet, --from, --to)`);
      }
      throw err;
    }
  };
  return {
    dir,
    state,
    connection: duck.connection,
    rows: (sql) => explained(() => rowsOf(duck.connection, sql)),
    query: (sql) => explained(async () => {
      const rows = await rowsOf(duck.connection, sql);
      const reader = await duck.connection.runAndReadAll(`SELECT * FROM (${sql}) LIMIT 0`);
      return toDataFrame(rows as TableRow[], reader.columnNames());
    }),
    run: (sql) => explained(async () => {
      await duck.connection.run(sql);
    }),
    forEachRow: (sql, visit) => explained(() => forEachRow(duck.connection, sql, visit)),
    close: () => closeDuck(duck),
  };
}

/**
 * One view per table over its listed files; an empty table of the right columns when there are none.
 * The articles view adds `topic`: the column of the story source the passes chose (store.json's topicSource).
 */
export async function defineViews(connection: DuckDBConnection, dir: string, state: StoreState): Promise<void> {
  for (const t of ARTICLE_TABLES) {
    const files = state.batches.map((b) => batchFile(dir, t, b.id));
    // the articles' story: the column of the source the passes chose for the whole store
    const extra: Record<string, string> = t === "articles" ? { topic: state.topicSource ? `topic_${state.topicSource}` : "CAST(NULL AS VARCHAR)" } : {};
    await defineView(connection, t, files, TABLES[t], extra);
  }
  for (const t of DERIVED_TABLES) {
    const name = state.derived[t];
    await defineView(connection, t, name ? [derivedFile(dir, t, name)] : [], DERIVED[t]);
  }
}

/** `extra`: computed VARCHAR columns (name → expression over the table's columns). */
async function defineView(connection: DuckDBConnection, name: string, files: string[], columns: readonly Column[], extra: Record<string, string> = {}): Promise<void> {
  // always a view (an empty one when there are no files), so it can be redefined after a pass
  const empty = [...columns.map((c) => `CAST(NULL AS ${c.type}) AS ${c.name}`), ...Object.keys(extra).map((as) => `CAST(NULL AS VARCHAR) AS ${as}`)];
  const more = Object.entries(extra).map(([as, expr]) => `, ${expr} AS ${as}`).join("");
  const source = files.length === 0
    ? `SELECT ${empty.join(", ")} LIMIT 0`
    : `SELECT *${more} FROM read_parquet([${files.map(sqlString).join(", ")}])`;
  await connection.run(`CREATE OR REPLACE VIEW ${name} AS ${source}`);
}
