/**
 * Where a store keeps what, and the one file that says what is committed.
 *
 *   DIR/store.json           {format, schema, batches: [...], derived: {...}}: written to a temporary
 *                            name and renamed, so it is always whole; a batch counts only once listed
 *   DIR/<table>/<batch>.parquet   one file per per-article table per batch
 *   DIR/<derived>/<name>.parquet  the passes' tables (outlets, speakers, events, pairs)
 *
 * A run killed half-way leaves at most files no store.json lists (their names start with ".tmp-"
 * while written, and unlisted finished ones are removed on the next run): nothing half-written is
 * ever read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import type { TopicSource } from "../corpus/topics";
import { ARTICLE_TABLES, DERIVED_TABLES, SCHEMA_VERSION, type DerivedName, type TableName } from "./schema";

export const STORE_FORMAT = "newscompare-store";
const STATE = "store.json";

export interface BatchEntry {
  id: string;
  articles: number;
}

export interface StoreState {
  format: typeof STORE_FORMAT;
  schema: number;
  batches: BatchEntry[];
  /** derived table → its current file name (without folder); absent until the passes ran */
  derived: Partial<Record<DerivedName, string>>;
  /** batches the derived tables were computed from; they are stale when this differs from `batches` */
  derivedFrom?: string[];
  /** where the collection's stories come from (topics.ts's rule over the whole store, by the passes); null: none */
  topicSource?: TopicSource | null;
}

/** A store that cannot be used: one line for the user. */
export class StoreError extends Error {
  constructor(public readonly dir: string, public readonly problem: string) {
    super(`${dir}: ${problem}`);
    this.name = "StoreError";
  }
}

export const tableDir = (dir: string, table: TableName | DerivedName) => path.join(dir, table);
export const batchFile = (dir: string, table: TableName, batch: string) => path.join(dir, table, `${batch}.parquet`);
export const tempFile = (dir: string, table: TableName | DerivedName, name: string) => path.join(dir, table, `.tmp-${name}.parquet`);
export const derivedFile = (dir: string, table: DerivedName, name: string) => path.join(dir, table, `${name}.parquet`);

export function isStore(dir: string): boolean {
  return fs.existsSync(path.join(dir, STATE));
}

/** Read the state, refusing a folder that is not a store or a schema this version does not know. */
export function readState(dir: string): StoreState {
  const file = path.join(dir, STATE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new StoreError(dir, "not a store (no store.json): make one with 'newscompare ingest PATH... --store DIR'");
    throw new StoreError(dir, `store.json is not readable: ${(err as Error).message.split("\n")[0]}`);
  }
  const s = parsed as Partial<StoreState>;
  if (s.format !== STORE_FORMAT) throw new StoreError(dir, "store.json is not a newscompare store");
  if (s.schema !== SCHEMA_VERSION) {
    throw new StoreError(dir, `store schema version ${String(s.schema)} is not known to this newscompare (it reads version ${SCHEMA_VERSION}); ingest again into a new store`);
  }
  return { format: STORE_FORMAT, schema: SCHEMA_VERSION, batches: s.batches ?? [], derived: s.derived ?? {}, derivedFrom: s.derivedFrom, topicSource: s.topicSource ?? null };
}

/** Open a store for writing, creating it in an empty or missing folder. */
export function openForWrite(dir: string): StoreState {
  if (!isStore(dir)) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new StoreError(dir, "folder exists and is not empty, and is not a store: give a new or empty folder");
    }
    fs.mkdirSync(dir, { recursive: true });
    for (const t of [...ARTICLE_TABLES, ...DERIVED_TABLES]) fs.mkdirSync(tableDir(dir, t), { recursive: true });
    writeState(dir, { format: STORE_FORMAT, schema: SCHEMA_VERSION, batches: [], derived: {} });
  }
  const state = readState(dir);
  removeUnlisted(dir, state);
  return state;
}

/** Replace store.json in one rename: readers see the old state or the new one, never half of either. */
export function writeState(dir: string, state: StoreState): void {
  const tmp = path.join(dir, `.tmp-${STATE}-${process.pid}`);
  const fd = fs.openSync(tmp, "w");
  try {
    fs.writeSync(fd, `${JSON.stringify(state, null, 1)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, path.join(dir, STATE));
}

/** Files left by a killed run: temporaries, and batch or derived files store.json does not list. */
export function removeUnlisted(dir: string, state: StoreState): void {
  const batches = new Set(state.batches.map((b) => b.id));
  const derived = new Set(Object.values(state.derived));
  for (const t of ARTICLE_TABLES) {
    for (const f of safeList(tableDir(dir, t))) {
      if (f.startsWith(".tmp-") || (f.endsWith(".parquet") && !batches.has(f.slice(0, -8)))) fs.rmSync(path.join(dir, t, f), { force: true });
    }
  }
  for (const t of DERIVED_TABLES) {
    for (const f of safeList(tableDir(dir, t))) {
      if (f.startsWith(".tmp-") || (f.endsWith(".parquet") && !derived.has(f.slice(0, -8)))) fs.rmSync(path.join(dir, t, f), { force: true });
    }
  }
  for (const f of safeList(dir)) if (f.startsWith(".tmp-")) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
}

function safeList(d: string): string[] {
  try {
    return fs.readdirSync(d);
  } catch {
    return [];
  }
}

/**
 * A name no other batch has: time (sortable by when it was written), the worker and its count, and
 * random bits — two runs in one process within a second (tests, a notebook) must never reuse a name,
 * or a rename would replace a committed batch.
 */
export function newBatchId(worker: number, n: number): string {
  const t = new Date().toISOString().replace(/[-:T]/g, "").replace(/\..*$/, "");
  return `b${t}-${randomBytes(4).toString("hex")}-${worker}-${String(n).padStart(5, "0")}`;
}
