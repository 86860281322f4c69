import type { Document } from "../text/types";
import type { Figure } from "../charts/figure";
import type { Grouping } from "../grouping/groups";

/** What the report builder hands every section. */
export interface ReportContext {
  /** corpus name, e.g. "trump-putin-call" */
  corpus: string;
  docs: Document[];
  /** progress for long steps; goes to stderr */
  progress: (message: string) => void;
  /** the unit of comparison, the groups of articles and every article's readable label */
  grouping: Grouping;
  /**
   * A result computed once per report and shared by the sections that need it (the quotes feed the
   * overlap and the quotes sections; the overlap feeds the timeline's independent sources).
   */
  once<T>(key: string, compute: () => T): T;
}

export interface ReportChart {
  /** file name stem, unique within the report, e.g. "article-lengths" */
  name: string;
  title: string;
  /** one or two sentences a reader needs to read the chart */
  caption: string;
  figure: Figure;
}

export interface ReportTable {
  /** file name stem for the CSV */
  name: string;
  title: string;
  caption?: string;
  rows: Array<Record<string, string | number | boolean | null>>;
  /** how many rows to show in index.html (the CSV has them all); default 20 */
  showRows?: number;
}

export interface SectionOutput {
  /** short HTML paragraph(s) introducing the findings */
  intro?: string;
  charts: ReportChart[];
  tables: ReportTable[];
  /** plain JSON data stored under results.json[section.id] (the same object as the CLI's --json) */
  results: unknown;
}

/** An analysis's part of the report. Register it in src/report/sections/index.ts. */
export interface ReportSection {
  id: string;
  title: string;
  build(ctx: ReportContext): Promise<SectionOutput> | SectionOutput;
}
