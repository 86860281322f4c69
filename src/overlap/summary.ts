import type { OverlapResult } from "./index";
import { plural, type PairScore } from "./relation";
import { describeClusters, GRAPH_LINKS, relationMix, syndicationClusters } from "./clusters";
import { unitOverlap, unitOverlapRows, type UnitGroups } from "./by-unit";

/**
 * The text with every id of `ids` replaced by its label (longest ids first, so "wp-12" is not read
 * as "wp-1"): the analysis writes ids into its notes, verdicts and reasons; readers get labels.
 */
export function withLabels(text: string, ids: string[], label: (id: string) => string): string {
  const sorted = [...new Set(ids)].filter(Boolean).sort((x, y) => y.length - x.length);
  if (sorted.length === 0) return text;
  const re = new RegExp(sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return text.replace(re, (id) => label(id));
}

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

/** Up to this many pairs every pair is listed; past it, only the copy, rewrite and shared-passage pairs. */
export const ALL_PAIRS_LISTED = 50;
/** Rows of the cluster and per-unit lists; `--json` has them all. */
export const SUMMARY_ROWS = 20;

/** What the summary needs of a grouping: the unit, the groups and each article's label. */
export interface SummaryGrouping extends UnitGroups {
  unit: string;
  articleLabel: ReadonlyMap<string, string>;
}

/**
 * The human-readable summary: syndication clusters, the per-unit shares (unless per article), one
 * line per pair (past ALL_PAIRS_LISTED pairs only the linked ones), then directions, swaps, drifting
 * quotes. Articles are named by their label when a grouping is given, else by id.
 */
export function summary(r: OverlapResult, grouping?: SummaryGrouping): string {
  const name = (id: string) => grouping?.articleLabel.get(id) ?? id;
  const lines: string[] = [];
  const more = (n: number, what: string) => (n > 0 ? [`  … ${n} more ${what} (--json lists them all)`] : []);

  const clusters = describeClusters(syndicationClusters(r.pairs), r.pairs, r.articles);
  if (clusters.length === 0) lines.push("syndication clusters (articles that copy or rewrite one another): none", "");
  else {
    lines.push(`syndication clusters (articles that copy or rewrite one another): ${clusters.length}`, "   #  articles  outlets  published                 links                         first article");
    for (const c of clusters.slice(0, SUMMARY_ROWS)) {
      const days = c.first_day === c.last_day ? c.first_day ?? "" : `${c.first_day} to ${c.last_day}`;
      lines.push(`${String(c.cluster).padStart(4)}  ${String(c.articles.length).padStart(8)}  ${String(c.outlets.length).padStart(7)}  ${days.padEnd(24)}  ${relationMix(c.links).padEnd(28)}  ${name(c.first_article)}`);
    }
    lines.push(...more(clusters.length - SUMMARY_ROWS, "clusters"), "");
  }

  if (grouping && grouping.unit !== "article") {
    const u = unitOverlap(r, grouping);
    const label = new Map(u.units.map((x) => [x.key, x.label]));
    const rows = unitOverlapRows(u);
    lines.push(`per ${grouping.unit}: share of the row ${grouping.unit}'s words found in the other's articles (each article's best match, weighted by words)`);
    lines.push(" share  articles  from → found in");
    const share = (x: number) => (x < 0.005 ? "<1%" : `${Math.round(x * 100)}%`).padStart(4);
    for (const c of rows.slice(0, SUMMARY_ROWS)) lines.push(`  ${share(c.share)}  ${`${c.articles_found}/${c.articles}`.padStart(8)}  ${label.get(c.unit)} → ${c.unit === c.found_in ? "its own other articles" : label.get(c.found_in)}`);
    if (rows.length === 0) lines.push("  none");
    lines.push(...more(rows.length - SUMMARY_ROWS, `${grouping.unit} pairs`), "");
  }

  const strongest = (p: PairScore) => Math.max(p.shared_a, p.shared_b);
  const all = r.pairs.length <= ALL_PAIRS_LISTED;
  const listed = [...r.pairs].filter((p) => all || GRAPH_LINKS.has(p.relation)).sort((x, y) => strongest(y) - strongest(x));
  lines.push(all ? "shared (a→b b→a)  verbatim  relation         pair" : `pairs with a copy, rewrite or shared passage (${listed.length} of ${r.pairs.length} aligned):`);
  if (!all) lines.push("shared (a→b b→a)  verbatim  relation         pair");
  for (const p of listed) {
    lines.push(`${pct(p.shared_a)} ${pct(p.shared_b)}         ${pct(Math.max(p.verbatim_a, p.verbatim_b))}      ${p.relation.padEnd(15)}  ${name(p.a)} ↔ ${name(p.b)}`);
    if (p.relation !== "unrelated") lines.push(`    ${withLabels(p.evidence.note, [p.a, p.b], name)}`);
  }
  if (!all) {
    const rest = (["shared quotes", "same story", "unrelated"] as const).map((rel) => [rel, r.pairs.filter((p) => p.relation === rel).length] as const).filter(([, n]) => n > 0);
    lines.push(`  other pairs: ${rest.map(([k, n]) => `${n} ${k}`).join(", ") || "none"} (--json lists every pair)`);
  }
  for (const d of r.directions) {
    const named = (text: string) => withLabels(text, [d.a, d.b], name);
    lines.push("", `direction ${name(d.a)} ↔ ${name(d.b)}: ${named(d.verdict)}`, ...d.reasons.map((x) => `    - ${named(x)}`));
  }
  const swaps = r.substitutions.filter((x) => x.count >= 2 || x.kind === "name").slice(0, 40);
  if (swaps.length > 0) {
    lines.push("", "swapped words (count  from → to):");
    for (const s of swaps) lines.push(`  ${String(s.count).padStart(3)}  ${s.from} → ${s.to}${s.kind === "name" ? "   (name)" : ""}`);
  }
  const drift = r.quotes.filter((q) => q.status === "drift");
  if (drift.length > 0) {
    lines.push("", `quotes that changed between articles (${drift.length}):`);
    for (const q of drift.slice(0, SUMMARY_ROWS)) lines.push(`  ${name(q.a)} ↔ ${name(q.b)}: ${q.diff}`);
    lines.push(...more(drift.length - SUMMARY_ROWS, "changed quotes"));
  }
  lines.push("", `${r.quotes.length} ${r.quotes.length === 1 ? "quote match" : "quote matches"}, ${plural(r.passages.length, "aligned passage")}; ${r.method.strategy}, ${plural(r.method.pairs_aligned, "pair")} aligned`);
  return `${lines.join("\n")}\n`;
}
