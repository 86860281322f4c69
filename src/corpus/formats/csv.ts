import { parse } from "csv-parse/sync";
import { CorpusError } from "../article";
import { recordToRaw } from "./record";
import type { RecordFields } from "../types";
import type { FormatReader, RawArticle, RecordProblem } from "./types";

/**
 * .csv with a header row naming the fields. Quoted fields may hold newlines (whole article bodies);
 * a row whose column count differs from the header is an error, because the fields would shift.
 */
export const readCsv: FormatReader = (text, { file, fields }) => {
  const rows = parseCsvRecords(text, file);
  if (rows.length === 0) throw new CorpusError(file, "empty file (a header but no rows)");
  return rows.map((record, i) => csvRecord(record, i + 1, fields));
};

/** The n-th (1-based) row of a CSV file as a raw article (shared with the streaming reader). */
export function csvRecord(row: Record<string, string>, n: number, fields: RecordFields): RawArticle | RecordProblem {
  return recordToRaw(row, fields, n, `row ${n}`);
}

/** How a CSV file is parsed: a header row, blank lines ignored, a byte-order mark dropped (the streaming reader uses the same). */
export const CSV_OPTIONS = { columns: true, skip_empty_lines: true, bom: true } as const;

/** Rows as objects keyed by the header. Shared with the manifest reader. */
export function parseCsvRecords(text: string, file: string): Array<Record<string, string>> {
  try {
    return parse(text, CSV_OPTIONS) as Array<Record<string, string>>;
  } catch (err) {
    throw new CorpusError(file, `malformed CSV: ${(err as Error).message.split("\n")[0]}`);
  }
}
