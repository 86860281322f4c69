import type { Row } from "./rows";

// danfojs-node pulls in TensorFlow.js (about half a second to load), so it is required only when a
// DataFrame is really asked for, never at import time of src/.
type Danfo = typeof import("danfojs-node");
let danfo: Danfo | null = null;
function loadDanfo(): Danfo {
  if (!danfo) {
    process.env.DOTENV_CONFIG_QUIET = process.env.DOTENV_CONFIG_QUIET || "true";
    danfo = require("danfojs-node") as Danfo;
  }
  return danfo;
}

export type DataFrame = InstanceType<Danfo["DataFrame"]>;

/** Rows → danfojs DataFrame, columns in first-seen order; missing cells become null. */
export function toDataFrame(rows: Row[], columns?: string[]): DataFrame {
  const dfd = loadDanfo();
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (rows.length === 0) return new dfd.DataFrame([], { columns: cols });
  const data = rows.map((r) => cols.map((c) => (r[c] === undefined ? null : r[c])));
  return new dfd.DataFrame(data, { columns: cols });
}

/** danfojs DataFrame → rows (the inverse of toDataFrame). */
export function fromDataFrame(df: DataFrame): Row[] {
  const cols = df.columns as string[];
  const values = df.values as unknown[][];
  return values.map((v) => Object.fromEntries(cols.map((c, i) => [c, (v[i] ?? null) as Row[string]])));
}

/** True for a danfojs DataFrame (checked by shape, so two copies of danfojs both count). */
export function isDataFrame(value: unknown): value is DataFrame {
  return typeof value === "object" && value !== null && "columns" in value && "values" in value && "shape" in value;
}
