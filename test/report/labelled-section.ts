import type { ReportSection } from "../../src/report/section";
import { figure } from "../../src/charts/theme";

/** A one-section report whose chart, table and results say `label` (kill-child.ts builds it too). */
export function labelled(label: string): ReportSection {
  return {
    id: "label",
    title: "Label",
    build: () => ({
      charts: [{ name: "label", title: label, caption: label, figure: figure([{ type: "bar", x: [label], y: [1] }], {}) }],
      tables: [{ name: "label", title: label, rows: [{ label }] }],
      results: { label },
    }),
  };
}
