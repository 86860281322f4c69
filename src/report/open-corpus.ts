/**
 * A corpus opened the way the report opens it — loaded, tokenised, grouped by the unit of comparison —
 * for notebooks and scripts that show one section at a time. The notebooks call the same section
 * builders as the report, so a chart looks the same in both, at any corpus size.
 */
import { loadCorpus, type LoadOptions, type LoadResult } from "../corpus/load";
import { toDocuments } from "../text/document";
import { UNITS, type Unit } from "../grouping/unit";
import { LABEL_STYLES, type LabelStyle } from "../grouping/labels";
import { reportContext } from "./context";
import type { ReportContext } from "./section";

export interface OpenedCorpus extends LoadResult {
  ctx: ReportContext;
}

/** A unit or label style named in text (a notebook parameter, an environment variable); empty means the default. */
export function parseGrouping(by: string | undefined | null, label: string | undefined | null): { by?: Unit; label?: LabelStyle } {
  const b = by?.trim().toLowerCase() || undefined;
  const l = label?.trim().toLowerCase() || undefined;
  if (b && !(UNITS as string[]).includes(b)) throw new Error(`unit '${by}': use one of ${UNITS.join(", ")}, or leave it empty to follow the corpus`);
  if (l && !(LABEL_STYLES as string[]).includes(l)) throw new Error(`label '${label}': use one of ${LABEL_STYLES.join(", ")}`);
  return { by: b as Unit | undefined, label: l as LabelStyle | undefined };
}

/** Load `paths` (bad files skipped and listed), tokenise, and make the sections' context. */
export function openCorpus(paths: string | string[], options: { by?: string | null; label?: string | null; load?: LoadOptions; corpus?: string } = {}): OpenedCorpus {
  const { by, label } = parseGrouping(options.by, options.label);
  const loaded = loadCorpus(paths, { skipBad: true, ...options.load });
  if (loaded.articles.length === 0) throw new Error(`${[paths].flat().join(", ")}: no article could be loaded`);
  const corpus = options.corpus ?? [paths].flat()[0];
  return { ...loaded, ctx: reportContext({ corpus, docs: toDocuments(loaded.articles), by, label }) };
}

/** One line per loading note, at most `max`, with the count of the rest: a notebook's first output. */
export function loadNotes(opened: LoadResult, max = 5): string[] {
  const lines = [...opened.warnings.map((w) => `warning: ${w.file}: ${w.message}`), ...opened.skipped.map((s) => `skipped: ${s.file}: ${s.problem}`)];
  return lines.length > max ? [...lines.slice(0, max), `… and ${lines.length - max} more`] : lines;
}
