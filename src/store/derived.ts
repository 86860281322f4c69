import * as fs from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Row } from "./article-rows";
import { derivedFile, tempFile, type StoreState } from "./layout";
import { CsvBuffer } from "./parquet-batch";
import { sqlString } from "./duck";
import { DERIVED, type DerivedName } from "./schema";

let written = 0;

/**
 * Write a derived table's rows as a new Parquet file (temporary name, then rename) and return the
 * state that points at it. The caller writes store.json, then deletes the old file. Rows may come one
 * at a time (a pass's generator): they go to a temporary file as they come, so a table of millions of
 * rows (a collection's events, its aligned pairs with their passages) is never held in memory whole.
 */
export async function writeDerived(connection: DuckDBConnection, dir: string, state: StoreState, table: DerivedName, rows: Iterable<Row> | AsyncIterable<Row>): Promise<{ state: StoreState; old: string | null }> {
  const name = `d${Date.now()}-${randomBytes(4).toString("hex")}-${written++}`;
  fs.mkdirSync(path.join(dir, table), { recursive: true });
  const csv = path.join(dir, table, `.tmp-${name}.csv`);
  const buffer = new CsvBuffer(DERIVED[table], true, csv);
  for await (const r of rows) buffer.add(r);
  await buffer.toParquet(connection, csv, tempFile(dir, table, name));
  fs.renameSync(tempFile(dir, table, name), derivedFile(dir, table, name));
  const previous = state.derived[table];
  return { state: { ...state, derived: { ...state.derived, [table]: name } }, old: previous ? derivedFile(dir, table, previous) : null };
}

/** A derived table written straight from a query, inside DuckDB (no rows through JavaScript). */
export async function writeDerivedQuery(connection: DuckDBConnection, dir: string, state: StoreState, table: DerivedName, sql: string): Promise<{ state: StoreState; old: string | null }> {
  const name = `d${Date.now()}-${randomBytes(4).toString("hex")}-${written++}`;
  fs.mkdirSync(path.join(dir, table), { recursive: true });
  await connection.run(`COPY (${sql}) TO ${sqlString(tempFile(dir, table, name))} (FORMAT parquet, COMPRESSION zstd)`);
  fs.renameSync(tempFile(dir, table, name), derivedFile(dir, table, name));
  const previous = state.derived[table];
  return { state: { ...state, derived: { ...state.derived, [table]: name } }, old: previous ? derivedFile(dir, table, previous) : null };
}
