import * as fs from "node:fs";
import { loadCorpus } from "../../corpus/load";
import { toDocuments } from "../../text/document";
import { analyseOverlap, type OverlapResult } from "../../overlap/index";
import { corpusOptions, DEFAULT_CORPUS, parseCommandArgs } from "../args";
import type { Command } from "../io";

const USAGE = `usage: newscompare overlap [PATH...] [--json] [--skip-bad] [--keep-boilerplate]

Which articles share text — copied, rewritten (even with swapped words), or only quoting the same
people — passage by passage, with the swapped words, the quotes that changed, and which article
probably came from which. Up to 300 articles every pair is aligned; above that a shingle filter
picks the pairs that share exact text (a disguised rewrite is then only found if some text survived).

  --json   one JSON document: {pairs, passages, quotes, substitutions, directions, articles, method}`;

export const overlapCommand: Command = {
  summary: "who copied or rewrote whom: shared passages, swapped words, drifting quotes",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, corpusOptions);
    const paths = positionals.length > 0 ? positionals : [fs.existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : `${__dirname}/../../../${DEFAULT_CORPUS}`];
    const loaded = loadCorpus(paths, { skipBad: Boolean(values["skip-bad"]), keepBoilerplate: Boolean(values["keep-boilerplate"]) });
    for (const w of loaded.warnings) io.stderr(`${w.file}: ${w.message}\n`);
    if (loaded.articles.length < 2) {
      io.stderr(`${paths.join(" ")}: overlap needs at least two articles, found ${loaded.articles.length}\n`);
      return 1;
    }
    const result = analyseOverlap(toDocuments(loaded.articles), { progress: (m) => io.stderr(`${m}\n`) });
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
    return 0;
  },
};

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

/** The human-readable summary: one line per pair, then swaps, drifting quotes and directions. */
export function summary(r: OverlapResult): string {
  const lines: string[] = [];
  const pairs = [...r.pairs].sort((x, y) => Math.max(y.shared_a, y.shared_b) - Math.max(x.shared_a, x.shared_b));
  lines.push("shared (a→b b→a)  verbatim  relation        pair");
  for (const p of pairs) {
    lines.push(`${pct(p.shared_a)} ${pct(p.shared_b)}         ${pct(Math.max(p.verbatim_a, p.verbatim_b))}      ${p.relation.padEnd(14)}  ${p.a} ↔ ${p.b}`);
    if (p.relation !== "unrelated" && p.relation !== "same story") lines.push(`    ${p.evidence.note}`);
  }
  for (const d of r.directions) lines.push("", `direction ${d.a} ↔ ${d.b}: ${d.verdict}`, ...d.reasons.map((x) => `    - ${x}`));
  if (r.substitutions.length > 0) {
    lines.push("", "swapped words (count  from → to):");
    for (const s of r.substitutions.filter((x) => x.count >= 2 || x.kind === "name").slice(0, 40)) lines.push(`  ${String(s.count).padStart(3)}  ${s.from} → ${s.to}${s.kind === "name" ? "   (name)" : ""}`);
  }
  const drift = r.quotes.filter((q) => q.status === "drift");
  if (drift.length > 0) {
    lines.push("", `quotes that changed between articles (${drift.length}):`);
    for (const q of drift.slice(0, 20)) lines.push(`  ${q.a} ↔ ${q.b}: ${q.diff}`);
  }
  lines.push("", `${r.quotes.length} quote matches, ${r.passages.length} aligned passages; ${r.method.strategy}, ${r.method.pairs_aligned} pairs aligned`);
  return `${lines.join("\n")}\n`;
}
