/** A table is rows of plain values; danfojs DataFrames convert to and from this shape. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** Column names in first-seen order across all rows (rows may lack some keys). */
export function columnsOf(rows: Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}
