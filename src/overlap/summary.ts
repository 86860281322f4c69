import type { OverlapResult } from "./index";
import { plural } from "./relation";

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

/** The human-readable summary: one line per pair, then swaps, drifting quotes and directions. */
export function summary(r: OverlapResult): string {
  const lines: string[] = [];
  const pairs = [...r.pairs].sort((x, y) => Math.max(y.shared_a, y.shared_b) - Math.max(x.shared_a, x.shared_b));
  lines.push("shared (a→b b→a)  verbatim  relation         pair");
  for (const p of pairs) {
    lines.push(`${pct(p.shared_a)} ${pct(p.shared_b)}         ${pct(Math.max(p.verbatim_a, p.verbatim_b))}      ${p.relation.padEnd(15)}  ${p.a} ↔ ${p.b}`);
    if (p.relation !== "unrelated") lines.push(`    ${p.evidence.note}`);
  }
  for (const d of r.directions) lines.push("", `direction ${d.a} ↔ ${d.b}: ${d.verdict}`, ...d.reasons.map((x) => `    - ${x}`));
  const swaps = r.substitutions.filter((x) => x.count >= 2 || x.kind === "name").slice(0, 40);
  if (swaps.length > 0) {
    lines.push("", "swapped words (count  from → to):");
    for (const s of swaps) lines.push(`  ${String(s.count).padStart(3)}  ${s.from} → ${s.to}${s.kind === "name" ? "   (name)" : ""}`);
  }
  const drift = r.quotes.filter((q) => q.status === "drift");
  if (drift.length > 0) {
    lines.push("", `quotes that changed between articles (${drift.length}):`);
    for (const q of drift.slice(0, 20)) lines.push(`  ${q.a} ↔ ${q.b}: ${q.diff}`);
  }
  lines.push("", `${r.quotes.length} ${r.quotes.length === 1 ? "quote match" : "quote matches"}, ${plural(r.passages.length, "aligned passage")}; ${r.method.strategy}, ${plural(r.method.pairs_aligned, "pair")} aligned`);
  return `${lines.join("\n")}\n`;
}
