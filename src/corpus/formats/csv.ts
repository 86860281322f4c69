import { parse } from "csv-parse/sync";
import { CorpusError } from "../article";
import { recordToRaw } from "./record";
import type { FormatReader } from "./types";

/**
 * .csv with a header row naming the fields. Quoted fields may hold newlines (whole article bodies);
 * a row whose column count differs from the header is an error, because the fields would shift.
 */
export const readCsv: FormatReader = (text, { file, fields }) => {
  const rows = parseCsvRecords(text, file);
  if (rows.length === 0) throw new CorpusError(file, "empty file (a header but no rows)");
  return rows.map((record, i) => recordToRaw(record, fields, i + 1, `row ${i + 1}`));
};

/** Rows as objects keyed by the header. Shared with the manifest reader. */
export function parseCsvRecords(text: string, file: string): Array<Record<string, string>> {
  try {
    return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Array<Record<string, string>>;
  } catch (err) {
    throw new CorpusError(file, `malformed CSV: ${(err as Error).message.split("\n")[0]}`);
  }
}
