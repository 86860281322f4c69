import { CorpusError } from "../article";
import { recordToRaw } from "./record";
import type { RecordFields } from "../types";
import type { FormatReader, RawArticle, RecordProblem } from "./types";

/** .json: one record, an array of records, or `{articles: [...]}`. Invalid JSON fails the whole file. */
export const readJson: FormatReader = (text, { file, fields }) => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CorpusError(file, `invalid JSON: ${(err as Error).message.split("\n")[0]}`);
  }
  if (data && typeof data === "object" && !Array.isArray(data)) {
    const articles = (data as Record<string, unknown>).articles;
    if (Array.isArray(articles)) data = articles;
  }
  if (!Array.isArray(data)) return [recordToRaw(data, fields, 1, "")];
  if (data.length === 0) throw new CorpusError(file, "empty file (no records)");
  return data.map((item, i) => recordToRaw(item, fields, i + 1, `record ${i + 1}`));
};

/**
 * .jsonl: one record per line; blank lines are ignored. A line that is not valid JSON is a problem for
 * that record only, so one broken line does not cost the rest of a large dump.
 */
export const readJsonl: FormatReader = (text, { file, fields }) => {
  const out: Array<RawArticle | RecordProblem> = [];
  let record = 0;
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    lineNo++;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.trim() === "") continue;
    record++;
    out.push(jsonlRecord(line, lineNo, record, fields));
  }
  if (record === 0) throw new CorpusError(file, "empty file (no records)");
  return out;
};

/** One non-blank line of a .jsonl file as a raw article or a problem naming the line (shared with the streaming reader). */
export function jsonlRecord(line: string, lineNo: number, record: number, fields: RecordFields): RawArticle | RecordProblem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { record, problem: `line ${lineNo}: invalid JSON: ${(err as Error).message.split("\n")[0]}` };
  }
  return recordToRaw(value, fields, record, `line ${lineNo}`);
}
