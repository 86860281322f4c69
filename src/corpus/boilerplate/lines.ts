/**
 * The line model every boilerplate rule looks at. Debris on news pages comes one item per line (or
 * per paragraph, when paragraphs are joined by blank lines), so rules judge whole lines and the
 * spans they report cover a line's visible text: leading/trailing whitespace and the newline are
 * left alone (blanking keeps newlines anyway, and a span's text is then exactly the removed string).
 */

/** A non-blank line of the body; `start`/`end` index `raw` and bound the trimmed text. */
export interface Line {
  start: number;
  end: number;
  /** `raw.slice(start, end)`: the line without surrounding whitespace */
  text: string;
  /** position in the list of non-blank lines */
  index: number;
}

/** The non-blank lines of `raw.slice(from)`, with offsets into `raw`. Handles \n, \r\n and \r. */
export function splitLines(raw: string, from = 0): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const full = m[0];
    const lead = full.length - full.trimStart().length;
    const text = full.trim();
    if (text.length === 0) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + text.length, text, index: lines.length });
  }
  return lines;
}
