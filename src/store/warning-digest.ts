/**
 * The warnings of a long ingest, kept readable: the first few of each kind are printed as they come,
 * the rest only counted, and each kind with more gets one closing line. A kind is a file's warning
 * with its line number and quoted values left out, so a JSONL of 100,000 records dated "9/16/17"
 * prints five warnings and "99,995 more lines with the same warning" instead of 100,000 lines.
 */

/** How many warnings of one kind are printed before the rest are only counted. */
export const SHOWN_PER_KIND = 5;

export interface WarningDigest {
  /** a warning on `file` ("line 7: field 'date': ambiguous numeric date '9/16/17' …") */
  warn(file: string, message: string): void;
  /** one line per kind that had more than were printed */
  finish(): void;
}

/**
 * "field 'date': ambiguous numeric date '…' (…)": where the record is (a JSONL line, a CSV row, a JSON
 * array's record) and its values (quoted, or numbers) out, the field's name kept.
 */
export function warningKind(message: string): string {
  const rest = message.replace(/^(?:line|row|record) \d+: /, "");
  const field = /^field '[^']*': /.exec(rest)?.[0] ?? "";
  return field + rest.slice(field.length).replace(/'[^']*'/g, "'…'").replace(/\b\d[\d.,/-]*(?::\d+)*/g, "…");
}

export function warningDigest(print: (line: string) => void, shown = SHOWN_PER_KIND): WarningDigest {
  const kinds = new Map<string, { file: string; kind: string; count: number }>();
  return {
    warn(file, message) {
      const kind = warningKind(message);
      const key = `${file}\u0000${kind}`;
      const seen = kinds.get(key) ?? { file, kind, count: 0 };
      kinds.set(key, seen);
      if (++seen.count <= shown) print(`${file}: warning: ${message}`);
    },
    finish() {
      for (const { file, kind, count } of kinds.values()) {
        if (count > shown) print(`${file}: warning: ${(count - shown).toLocaleString("en-US")} more with the same warning: ${kind}`);
      }
    },
  };
}
