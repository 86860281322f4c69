import { parse as parseYaml } from "yaml";
import { CorpusError } from "./article";

export interface FrontMatter {
  /** the YAML mapping, or null when the file has no front matter */
  data: Record<string, unknown> | null;
  /** index in the text where the body starts (just after the closing `---` line); 0 without front matter */
  end: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * Split a leading YAML front matter block (`---` line, YAML, `---` line) off a text. The block stays in
 * the article's raw text; callers record it as a removed span so offsets keep indexing the file.
 * A block that is opened but never closed, is not valid YAML, or is not a mapping is an error: the
 * metadata would otherwise silently turn into article text.
 */
export function splitFrontMatter(text: string, file: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { data: null, end: 0 };
  const bodyFrom = open[0].length;
  CLOSE.lastIndex = 0;
  const close = CLOSE.exec(text.slice(bodyFrom));
  if (!close) throw new CorpusError(file, "malformed front matter: no closing '---' line");
  const yamlText = text.slice(bodyFrom, bodyFrom + close.index);
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (err) {
    // Report the line in the file, not in the YAML block (which starts on the file's second line).
    const first = String((err as Error).message).split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    const pos = (err as { linePos?: Array<{ line: number }> }).linePos;
    const line = pos && pos[0] ? ` (line ${pos[0].line + 1})` : "";
    throw new CorpusError(file, `malformed front matter: ${first}${line}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new CorpusError(file, "malformed front matter: expected 'key: value' lines");
  }
  return { data: data as Record<string, unknown>, end: bodyFrom + close.index + close[0].length };
}
