/**
 * DuckDB as this project uses it: an in-process database that never downloads anything (extension
 * auto-install off; Parquet is built into the npm binary), with one helper to read rows as plain
 * JavaScript values.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

export interface Duck {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
}

/** DuckDB's memory limit unless asked otherwise: past it, joins and aggregates spill to disk (the collection's queries stay within it). */
export const DEFAULT_MEMORY_LIMIT = "2GB";

/**
 * DuckDB's spill folder of a process is this, the machine's name and the pid, in the system's
 * temporary folder (the name: a container sharing /tmp has pids of its own).
 */
export const SPILL_PREFIX = `newscompare-duckdb-${os.hostname().replace(/[^\w.-]/g, "_")}-`;

/** A spill folder untouched this long, of a process that is gone, is removed. */
const STALE_SPILL_MS = 10 * 60 * 1000;

/**
 * Remove the spill folders of this machine's processes that are gone: DuckDB deletes its own when the
 * store is closed, but a query killed half-way (Ctrl-C, an out-of-memory kill) leaves gigabytes
 * behind. A folder whose process still runs, or might (a pid this user may not signal), or that was
 * written in the last ten minutes, is left alone; one this user may not remove is skipped.
 */
export function sweepStaleSpills(dir = os.tmpdir(), minAgeMs = STALE_SPILL_MS): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(SPILL_PREFIX)) continue;
    const pid = Number(name.slice(SPILL_PREFIX.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || processRuns(pid)) continue;
    const folder = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(folder).mtimeMs < minAgeMs) continue;
      fs.rmSync(folder, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // another user's, or gone meanwhile: not this command's business
    }
  }
  return removed;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function openDuck(options: { threads?: number; memoryLimit?: string } = {}): Promise<Duck> {
  const { DuckDBInstance } = require("@duckdb/node-api") as typeof import("@duckdb/node-api");
  const config: Record<string, string> = {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
    // spills go to the system's temporary folder, not a ".tmp" folder wherever the command was run
    temp_directory: path.join(os.tmpdir(), `${SPILL_PREFIX}${process.pid}`),
  };
  sweepStaleSpills();
  if (options.threads) config.threads = String(options.threads);
  const instance = await DuckDBInstance.create(":memory:", config);
  const connection = await instance.connect();
  return { instance, connection };
}

/** Rows of a query as objects of plain JavaScript values (BIGINT as number when it fits exactly). */
export async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Array<Record<string, unknown>>> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" && Number.isSafeInteger(Number(v)) ? Number(v) : v;
    return out;
  });
}

/**
 * Each row of a query as an array of plain values (BIGINT as number), read a chunk at a time: a million
 * rows never exist as objects at once (rowsOf's), only as what `visit` keeps of them.
 */
export async function forEachRow(connection: DuckDBConnection, sql: string, visit: (row: unknown[]) => void): Promise<void> {
  const result = await connection.stream(sql);
  const width = result.columnCount;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const columns = Array.from({ length: width }, (_, i) => chunk!.getColumnValues(i));
    for (let r = 0; r < chunk.rowCount; r++) {
      visit(columns.map((c) => {
        const v = c[r];
        return typeof v === "bigint" && Number.isSafeInteger(Number(v)) ? Number(v) : v;
      }));
    }
  }
}

export function closeDuck(d: Duck): void {
  d.connection.closeSync();
  d.instance.closeSync();
}

/** A string as an SQL literal. */
export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Rows per INSERT when a list made in JavaScript becomes a table. */
const ROWS_PER_INSERT = 1000;

/**
 * A temporary table `name` (`columns` as in CREATE TABLE) holding these rows, made from values in
 * JavaScript (strings quoted, numbers as they are) a thousand rows per INSERT: the ids, keys or
 * terms a query then joins with.
 */
export async function tempTableOf(run: (sql: string) => Promise<unknown>, name: string, columns: string, rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<void> {
  await run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns})`);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((r) => `(${r.map((v) => (typeof v === "number" ? String(v) : sqlString(v))).join(", ")})`);
    await run(`INSERT INTO ${name} VALUES ${values.join(", ")}`);
  }
}
