import type { CommandIO } from "./io";

/**
 * The width text output should fit: `COLUMNS` when set, else the terminal's width; null when
 * writing to a pipe or file, where lines stay whole (nothing is lost when output is saved).
 */
export function outputWidth(env: NodeJS.ProcessEnv = process.env, stdout: { isTTY?: boolean; columns?: number } = process.stdout): number | null {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv >= 40) return fromEnv;
  return stdout.isTTY && stdout.columns ? stdout.columns : null;
}

/** A line cut to `width` characters, ending in "…" when it was longer. */
export function clipLine(line: string, width: number): string {
  const chars = [...line];
  return chars.length <= width ? line : `${chars.slice(0, width - 1).join("")}…`;
}

/**
 * An io whose stdout clips every line to `width`: tables put their long free-text column (sentence,
 * quote, title) last, so clipping keeps every number and name readable on a terminal.
 */
export function clippedIO(io: CommandIO, width: number): CommandIO {
  return { ...io, stdout: (text) => io.stdout(text.split("\n").map((l) => clipLine(l, width)).join("\n")) };
}

/** Help text fits 100 columns (or a narrower terminal); a pipe still gets it wrapped, it is prose. */
export const HELP_WIDTH = 100;

/**
 * Help text reflowed to `width`. Prose lines running on (the same indentation) are joined and
 * re-wrapped; a "  term   description" row, with any lines continuing under its description,
 * wraps under its description, so option tables stay aligned. Blank lines and list items ("- …")
 * start new blocks.
 */
export function wrapHelp(text: string, width: number): string {
  interface Block { first: string; rest: string; words: string[] }
  const blocks: Array<Block | null> = [];
  let current: Block | null = null;
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      blocks.push((current = null));
      continue;
    }
    const indent = /^\s*/.exec(line)![0];
    const row = /^(\s*\S(?:.*?\S)?\s{2,})(?=\S)/.exec(line);
    if (row && row[1].length < width / 2) {
      current = { first: row[1], rest: " ".repeat(row[1].length), words: line.slice(row[1].length).trim().split(/\s+/) };
      blocks.push(current);
    } else if (current && indent.length === current.rest.length && !/^\s*[-*•]\s/.test(line)) {
      current.words.push(...line.trim().split(/\s+/));
    } else {
      current = { first: indent, rest: indent, words: line.trim().split(/\s+/) };
      blocks.push(current);
    }
  }
  return blocks
    .map((b) => {
      if (!b) return "";
      const out: string[] = [];
      let lineText = b.first;
      let empty = true;
      for (const word of b.words) {
        if (!empty && [...lineText].length + 1 + [...word].length > width) {
          out.push(lineText);
          lineText = b.rest + word;
        } else lineText += (empty ? "" : " ") + word;
        empty = false;
      }
      out.push(lineText);
      return out.join("\n");
    })
    .join("\n");
}
