/**
 * A value written as JSON (JSON.stringify's layout, two spaces) a piece at a time.
 *
 * Why: a report on a large store holds results with a million article rows; one JSON.stringify of
 * them passes V8's longest string (about 512 MB) and fails with "Invalid string length". Objects and
 * arrays are opened here and each member is stringified on its own, so no string holds more than one
 * member.
 */
import * as fs from "node:fs";

const FLUSH_CHARS = 1 << 20;

export function writeJsonFile(file: string, value: unknown): void {
  const fd = fs.openSync(file, "w");
  let buffer = "";
  const out = (s: string) => {
    buffer += s;
    if (buffer.length >= FLUSH_CHARS) {
      fs.writeSync(fd, buffer);
      buffer = "";
    }
  };
  try {
    write(value, "", out, 0);
    out("\n");
    fs.writeSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
}

/** Members below this depth are stringified whole (they are small: one row, one event). */
const OPEN_DEPTH = 3;

function write(value: unknown, indent: string, out: (s: string) => void, depth: number): void {
  const plain = value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function";
  if (!plain || depth >= OPEN_DEPTH) {
    // JSON.stringify's own layout, its lines moved to this depth
    out((JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return out("[]");
    out("[");
    value.forEach((v, i) => {
      out(`${i ? "," : ""}\n${inner}`);
      write(v === undefined || typeof v === "function" ? null : v, inner, out, depth + 1);
    });
    return out(`\n${indent}]`);
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (entries.length === 0) return out("{}");
  out("{");
  entries.forEach(([k, v], i) => {
    out(`${i ? "," : ""}\n${inner}${JSON.stringify(k)}: `);
    write(v, inner, out, depth + 1);
  });
  out(`\n${indent}}`);
}
