/** A table as rows of plain values, or anything shaped like a danfo DataFrame (columns + values). */
export type TableLike = Array<Record<string, unknown>> | { columns: string[]; values: unknown[][] | unknown[] };

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns and rows of a table: row objects keep the columns in first-seen order. */
export function tableColumns(table: TableLike): { columns: string[]; rows: unknown[][] } {
  if (!Array.isArray(table)) {
    const values = table.values as unknown[];
    const rows = values.map((r) => (Array.isArray(r) ? r : [r]));
    return { columns: [...table.columns], rows };
  }
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of table) for (const key of Object.keys(row)) if (!seen.has(key)) seen.add(key), columns.push(key);
  return { columns, rows: table.map((row) => columns.map((c) => row[c])) };
}

/**
 * CSV as RFC 4180 writes it: CRLF line ends, a header line, fields with a comma, quote or line
 * break quoted with quotes doubled; null and undefined become empty fields, objects JSON.
 */
export function toCsv(table: TableLike): string {
  const { columns, rows } = tableColumns(table);
  return [columns, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
