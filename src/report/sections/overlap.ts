import type { ReportSection } from "../section";
import { escapeHtml } from "../../render/html";
import { analyseOverlap } from "../../overlap/index";
import { overlapHeatmap } from "../../charts/overlap-heatmap";
import { overlapGraph } from "../../charts/overlap-graph";
import { overlapSources } from "../../charts/overlap-sources";
import { quoteDriftTable } from "../../charts/overlap-quote-drift";
import { sideBySideHtml } from "../../charts/overlap-side-by-side";

/** The prose when no pair shares narration: what they do share, as the relations say. */
export function noNarration(relations: string[]): string {
  const quotes = relations.filter((x) => x === "shared quotes").length;
  const story = relations.filter((x) => x === "same story").length;
  if (quotes > 0) return `No pair of articles shares a passage of narration; ${quotes} of ${relations.length} pairs repeat the same quotations, which independent reports do.`;
  if (story > 0) return `No pair of articles shares a passage of narration or a quotation; ${story} of ${relations.length} pairs report the same story in their own words.`;
  return "No pair of articles shares any text: they look like independent reports.";
}

/** Source overlap: who copied or rewrote whom, with the passages, swaps, drifting quotes and direction. */
export const overlapSection: ReportSection = {
  id: "overlap",
  title: "Source overlap",
  build(ctx) {
    ctx.progress("overlap: aligning articles");
    const r = analyseOverlap(ctx.docs, { progress: ctx.progress });
    const linked = r.pairs.filter((p) => p.relation === "copy" || p.relation === "rewrite" || p.relation === "shared passage");
    const lines = linked.map((p) => `<li><b>${escapeHtml(p.a)}</b> and <b>${escapeHtml(p.b)}</b>: ${p.relation} — ${escapeHtml(p.evidence.note)}.</li>`);
    for (const d of r.directions) lines.push(`<li>${escapeHtml(d.verdict)}: ${d.reasons.map(escapeHtml).join("; ")}.</li>`);
    const top = [...r.pairs].sort((x, y) => Math.max(y.shared_a, y.shared_b) - Math.max(x.shared_a, x.shared_b))[0];
    const byId = new Map(ctx.docs.map((d) => [d.article.id, d.article]));
    const side = top && top.shared_a > 0
      ? `<h4>Side by side: ${escapeHtml(top.a)} and ${escapeHtml(top.b)}</h4>` +
        sideBySideHtml({ id: top.a, text: byId.get(top.a)!.text }, { id: top.b, text: byId.get(top.b)!.text }, r.passages)
      : "";
    const intro =
      `<p>Every pair of articles is aligned sentence by sentence, so a copy is found even when a rewriter swapped its words. ` +
      `"Shared" is the share of an article's words inside passages aligned with the other; quotations repeated by both count as shared quotes, not as copying. ` +
      `Narration is an article's words outside quotation marks.</p>` +
      (lines.length ? `<ul>${lines.join("")}</ul>` : `<p>${escapeHtml(noNarration(r.pairs.map((p) => p.relation)))}</p>`) + side;
    return {
      intro,
      charts: [
        { name: "overlap-heatmap", title: "Shared text", caption: "Row article's share of words found in the column article (not symmetric: an extract is dark in its row only).", figure: overlapHeatmap(r) },
        { name: "overlap-graph", title: "Relations", caption: "Thick lines: copy or rewrite; dashed: a shared passage of narration; dotted: the same quotations or the same story.", figure: overlapGraph(r) },
        { name: "overlap-sources", title: "Where each article's text is also found", caption: "Per article, the share of its words aligned with each other article.", figure: overlapSources(r) },
        { name: "overlap-quote-drift", title: "Quotes that changed", caption: "The same quotation in two articles with different words: struck-through words are A's, bold words are B's.", figure: quoteDriftTable(r.quotes) },
      ],
      tables: [
        { name: "overlap-pairs", title: "Pairs", rows: r.pairs.map((p) => ({ a: p.a, b: p.b, shared_a: p.shared_a, shared_b: p.shared_b, verbatim_a: p.verbatim_a, verbatim_b: p.verbatim_b, relation: p.relation, evidence: p.evidence.note })) },
        { name: "overlap-substitutions", title: "Swapped words", caption: "What the rewrite changed, from the probable source to the derived article.", rows: r.substitutions.map((s) => ({ from_article: s.from_article, to_article: s.to_article, from: s.from, to: s.to, count: s.count, kind: s.kind })), showRows: 30 },
        { name: "overlap-quotes", title: "Quotes across articles", rows: r.quotes.map((q) => ({ a: q.a, b: q.b, status: q.status, quote_a: q.text_a, quote_b: q.text_b, diff: q.diff })) },
      ],
      results: r,
    };
  },
};
