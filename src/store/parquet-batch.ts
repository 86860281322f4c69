/**
 * A batch of rows turned into Parquet files. Rows are written as text first (strings built in
 * JavaScript are cheap; DuckDB's readers are native and fast), then DuckDB converts the file into
 * Parquet. DuckDB's row appender, which crosses into native code for every value, was several times
 * slower for the million term rows of a batch; it still takes the rare row too long for a line DuckDB
 * reads (a whole long article), so no row is ever refused.
 *
 * Two text forms: CSV for the tables of short values (terms, signatures: words and numbers), and
 * newline-delimited JSON for tables holding text. DuckDB 1.5's CSV reader misreads some quoted fields
 * that span lines (a line starting with a doubled quote inside an article), and JSON has no raw newlines.
 */
import * as fs from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlString } from "./duck";
import { bare, type Column } from "./schema";
import type { Row } from "./article-rows";

/**
 * Rows whose strings add up to more characters than this go through the appender: DuckDB's CSV reader
 * takes lines up to 2 MiB, and a character can take 3 bytes, twice when it is a doubled quote.
 */
const MAX_CSV_ROW_CHARS = 300_000;

/** One CSV field: strings always quoted (quotes doubled), null as an empty unquoted field. */
function field(v: Row[number]): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return `"${v.includes('"') ? v.replace(/"/g, '""') : v}"`;
  return String(v);
}

/** Characters of text rows a spilling buffer holds before it appends them to its file. */
const SPILL_CHARS = 16_000_000;

export class CsvBuffer {
  private parts: string[] = [];
  private partChars = 0;
  private long: Row[] = [];
  /** the file rows were appended to so far (a spilling buffer), or null */
  private spilled: string | null = null;
  rows = 0;
  /**
   * `json`: rows as JSON objects (for text with newlines); else CSV. `spill`: a file the text rows are
   * appended to whenever they pass SPILL_CHARS, so a table of any size (a collection's pairs or
   * events, written by the passes) never sits in memory whole; toParquet then converts that file.
   */
  constructor(private readonly columns: readonly Column[], private readonly json = false, private readonly spill: string | null = null) {}
  add(row: Row): void {
    this.rows++;
    let chars = 0;
    for (const v of row) if (typeof v === "string") chars += v.length;
    if (chars > MAX_CSV_ROW_CHARS) {
      this.long.push(row);
      return;
    }
    let line: string;
    if (this.json) {
      const o: Record<string, Row[number]> = {};
      this.columns.forEach((c, i) => (o[bare(c)] = row[i]));
      line = JSON.stringify(o);
    } else {
      line = field(row[0]);
      for (let i = 1; i < row.length; i++) line += "," + field(row[i]);
    }
    this.parts.push(line);
    this.partChars += line.length;
    if (this.spill && this.partChars > SPILL_CHARS) this.append(this.spill);
  }

  /** Append the text rows held to `file` and forget them. */
  private append(file: string): void {
    const fd = fs.openSync(file, this.spilled === file ? "a" : "w");
    try {
      // in slices of bounded size: one joined string of many rows could pass V8's string limit
      let from = 0;
      let chars = 0;
      for (let i = 0; i < this.parts.length; i++) {
        chars += this.parts[i].length + 1;
        if (chars > SPILL_CHARS || i === this.parts.length - 1) {
          fs.writeSync(fd, this.parts.slice(from, i + 1).join("\n") + "\n");
          from = i + 1;
          chars = 0;
        }
      }
    } finally {
      fs.closeSync(fd);
    }
    this.spilled = file;
    this.parts = [];
    this.partChars = 0;
  }

  /** Write the rows as a Parquet file at `target` (through a CSV file at `csv`) and forget them. */
  async toParquet(connection: DuckDBConnection, csv: string, target: string): Promise<void> {
    const columns = this.columns;
    const typed = columns.map((c) => `CAST(NULL AS ${c.type}) AS ${c.name}`).join(", ");
    let source = `(SELECT ${typed} LIMIT 0)`;
    const file = this.spill ?? csv;
    if (this.parts.length > 0) this.append(file);
    if (this.spilled) source = this.json ? readJsonSql(file, columns) : readCsvSql(file, columns);
    try {
      if (this.long.length === 0) {
        await connection.run(`COPY (SELECT * FROM ${source}) TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd)`);
      } else {
        await connection.run(`CREATE OR REPLACE TEMP TABLE staged AS SELECT * FROM ${source}`);
        const appender = await connection.createAppender("staged");
        for (const row of this.long) {
          row.forEach((v, i) => appendValue(appender, columns[i], v));
          appender.endRow();
        }
        appender.closeSync();
        await connection.run(`COPY staged TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd)`);
        await connection.run("DROP TABLE staged");
      }
    } finally {
      fs.rmSync(file, { force: true });
    }
    this.parts = [];
    this.partChars = 0;
    this.spilled = null;
    this.long = [];
    this.rows = 0;
  }
}

type Appender = Awaited<ReturnType<DuckDBConnection["createAppender"]>>;

function appendValue(appender: Appender, column: Column, v: Row[number]): void {
  if (v === null || v === undefined) appender.appendNull();
  else if (column.type === "VARCHAR") appender.appendVarchar(String(v));
  else if (column.type === "BOOLEAN") appender.appendBoolean(Boolean(v));
  else if (column.type === "DOUBLE") appender.appendDouble(Number(v));
  else if (column.type === "BIGINT") appender.appendBigInt(BigInt(v as number));
  else appender.appendInteger(Number(v));
}

/** The read_json call for a file of one JSON object per line. */
export function readJsonSql(file: string, columns: readonly Column[]): string {
  const types = columns.map((c) => `${sqlString(bare(c))}: '${c.type}'`).join(", ");
  return `read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${types}})`;
}

/** The read_csv call for a file of rows in `columns`' order. */
export function readCsvSql(file: string, columns: readonly Column[]): string {
  const types = columns.map((c) => `${sqlString(c.name.replace(/"/g, ""))}: '${c.type}'`).join(", ");
  return `read_csv(${sqlString(file)}, header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, strict_mode = true, columns = {${types}})`;
}
