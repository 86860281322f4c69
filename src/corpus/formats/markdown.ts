import { splitFrontMatter } from "../front-matter";
import type { FormatReader } from "./types";

/**
 * Markdown with optional YAML front matter. The front matter stays in `raw` (offsets index the file as
 * read) and is recorded as removed with reason "front matter"; its fields become the metadata.
 */
export const readMarkdown: FormatReader = (text, { file }) => {
  const fm = splitFrontMatter(text, file);
  return [
    {
      raw: text,
      bodyStart: fm.end,
      removed: fm.end > 0 ? [{ start: 0, end: fm.end, reason: "front matter" }] : [],
      meta: fm.data ?? {},
      headlineInText: true,
    },
  ];
};
