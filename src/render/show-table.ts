import { tableHtml, type TableHtmlOptions } from "./table-html";
import { fromDataFrame, isDataFrame, type DataFrame } from "../tables/dataframe";
import type { Row } from "../tables/rows";

/**
 * Shows rows or a danfojs DataFrame as an HTML table in a tslab notebook. The table is plain HTML
 * (no scripts), so it also shows in saved notebooks, on GitHub and in `nbconvert --to html`.
 */
export function showTable(data: Row[] | DataFrame, options: TableHtmlOptions = {}): void {
  const rows = isDataFrame(data) ? fromDataFrame(data) : data;
  // tslab is only present inside a kernel; required lazily so src/ never depends on it elsewhere.
  const tslab = require("tslab") as typeof import("tslab");
  tslab.display.html(tableHtml(rows, options));
}
