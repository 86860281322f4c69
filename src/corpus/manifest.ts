import * as fs from "node:fs";
import * as path from "node:path";
import { CorpusError } from "./article";
import { decodeFile } from "./encoding";
import { parseCsvRecords } from "./formats/csv";
import { MAX_RECORD_FILE_BYTES, readRegularFile } from "./read-file";

/** The manifest's file name: one per folder, metadata for the files in it. */
export const MANIFEST_NAME = "articles.csv";

export interface Manifest {
  /** path of the manifest file (for messages) */
  file: string;
  /** metadata per file, keyed by the path relative to the manifest's folder with "/" separators */
  entries: Map<string, Record<string, string>>;
}

/**
 * Read `articles.csv` in a folder, if there is one: a header with a `file` column and any metadata
 * columns (id, title, outlet, published, published_estimated, language, url, authors, ...). It lets
 * plain-text corpora carry metadata without touching the articles. Empty cells mean "not given".
 */
export function readManifest(folder: string, shownFolder: string): Manifest | null {
  const full = path.join(folder, MANIFEST_NAME);
  if (!fs.existsSync(full)) return null;
  const shown = path.join(shownFolder, MANIFEST_NAME);
  const { text } = decodeFile(readRegularFile(full, shown, MAX_RECORD_FILE_BYTES) as Buffer, shown);
  const rows = parseCsvRecords(text, shown);
  const entries = new Map<string, Record<string, string>>();
  rows.forEach((row, i) => {
    const fileKey = Object.keys(row).find((k) => k.trim().toLowerCase() === "file");
    if (fileKey === undefined) throw new CorpusError(shown, "manifest needs a 'file' column");
    const name = (row[fileKey] ?? "").trim().replace(/\\/g, "/").replace(/^\.\//, "");
    if (!name) throw new CorpusError(shown, `row ${i + 1}: empty 'file' cell`);
    if (entries.has(name)) throw new CorpusError(shown, `row ${i + 1}: '${name}' is listed twice`);
    const meta: Record<string, string> = {};
    for (const [k, v] of Object.entries(row)) if (k !== fileKey && v.trim() !== "") meta[k.trim()] = v.trim();
    entries.set(name, meta);
  });
  return { file: shown, entries };
}
