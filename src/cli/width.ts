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
