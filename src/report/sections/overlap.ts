import type { ReportContext, ReportSection } from "../section";
import { escapeHtml } from "../../render/html";
import { corpusOverlap } from "../shared-results";
import type { OverlapResult } from "../../overlap/index";
import type { PairScore } from "../../overlap/relation";
import { relationMix, type ClusterSummary } from "../../overlap/clusters";
import { overlapByUnit, unitOverlap, type UnitOverlap } from "../../overlap/by-unit";
import { overlapHeatmap, sharingUnits } from "../../charts/overlap-heatmap";
import { clusteredArticles, clusterTable, graphFits, graphLinks, overlapGraph } from "../../charts/overlap-graph";
import { overlapSources, SEGMENT_ARTICLES } from "../../charts/overlap-sources";
import { quoteDriftTable } from "../../charts/overlap-quote-drift";
import { sideBySideHtml } from "../../charts/overlap-side-by-side";
import { unitNoun, withLabels } from "../../charts/overlap-labels";
import { topRows } from "../../grouping/groups";
import type { Grouping } from "../../grouping/groups";

/** Most links the intro names; the rest are counted and left to the CSV. */
export const INTRO_LINKS = 10;

/** The prose when no pair shares narration: what they do share, as the relations say. */
export function noNarration(relations: string[]): string {
  const quotes = relations.filter((x) => x === "shared quotes").length;
  const story = relations.filter((x) => x === "same story").length;
  if (quotes > 0) return `No pair of articles shares a passage of narration; ${quotes} of ${relations.length} pairs repeat the same quotations, which independent reports do.`;
  if (story > 0) return `No pair of articles shares a passage of narration or a quotation; ${story} of ${relations.length} pairs report the same story in their own words.`;
  return "No pair of articles shares any text: they look like independent reports.";
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const strongest = (p: PairScore) => Math.max(p.shared_a, p.shared_b);

/** A sentence's end after a label, which may already end in "…" or ".". */
const stop = (s: string) => (/[.…!?]$/.test(s) ? s : `${s}.`);

/** "1 article", "1,234 articles". */
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** How the pairs were chosen, in one sentence from the result's method. */
export function methodSentence(r: OverlapResult): string {
  const { pairs_aligned: aligned, pairs_considered: all, strategy } = r.method;
  return strategy === "all pairs"
    ? `Every pair of articles (${count(all, "pair")}) is aligned sentence by sentence, so a copy is found even when a rewriter swapped its words.`
    : `Of the ${count(all, "pair")} of articles, the ${count(aligned, "pair")} the candidate filter picks (they share some text) ${aligned === 1 ? "is" : "are"} aligned sentence by sentence.`;
}

/**
 * The clusters in words: how many, how many articles they join, the largest; then how many articles
 * share only a passage and how many share no narration at all.
 */
export function clusterSentences(clusters: ClusterSummary[], articles: number, linkedOnlyByPassage: number, label: (id: string) => string): string {
  const inClusters = clusters.reduce((s, c) => s + c.articles.length, 0);
  const parts: string[] = [];
  if (clusters.length > 0) {
    const big = clusters[0];
    const outlets = big.outlets.length > 1 ? ` from ${big.outlets.length} outlets` : big.outlets.length === 1 ? ` from ${big.outlets[0]}` : "";
    const what = "(articles that copy or rewrite one another: one source, however many times it runs)";
    parts.push(clusters.length === 1
      ? `One syndication cluster ${what} joins ${inClusters} of the ${articles} articles${outlets}; its first article is ${stop(label(big.first_article))}`
      : `${clusters.length.toLocaleString("en-US")} syndication clusters ${what} join ${inClusters} of the ${articles} articles; the largest has ${big.articles.length} articles${outlets}; its first article is ${stop(label(big.first_article))}`);
  }
  if (clusters.length === 0) parts.push("No two articles copy or rewrite one another.");
  if (linkedOnlyByPassage > 0) parts.push(`${count(linkedOnlyByPassage, clusters.length ? "more article" : "article")} ${linkedOnlyByPassage === 1 ? "shares" : "share"} only a passage of narration with another.`);
  const none = articles - inClusters - linkedOnlyByPassage;
  if (none > 0) parts.push(`The other ${none} share no narration with any article.`);
  return parts.join(" ");
}

/** Where text travels most between units, in one sentence (per outlet, day or story). */
export function unitSentence(u: UnitOverlap, unit: Grouping["unit"]): string {
  let best: { i: number; j: number; share: number } | null = null;
  u.cells.forEach((row, i) => row.forEach((c, j) => {
    if (i !== j && c.share > 0 && (!best || c.share > best.share)) best = { i, j, share: c.share };
  }));
  const noun = unitNoun(unit);
  if (!best) return `No ${noun}'s words are found in another ${noun}'s articles.`;
  const { i, j, share } = best as { i: number; j: number; share: number };
  return `Between ${unitNoun(unit, 2)}, the largest share: ${pct(share)} of ${u.units[i].label}'s words are found in the articles of ${u.units[j].label} (the matrix below has every ${noun}).`;
}

function intro(ctx: ReportContext, r: OverlapResult, clusters: ClusterSummary[], byUnit: UnitOverlap | null): string {
  const g = ctx.grouping;
  const label = (id: string) => g.articleLabel.get(id) ?? id;
  const { links, nodes } = graphLinks(r);
  const clustered = new Set(clusters.flatMap((c) => c.articles));
  const passageOnly = [...nodes].filter((id) => !clustered.has(id)).length;
  const method = `<p>${escapeHtml(methodSentence(r))} "Shared" is the share of an article's words inside passages aligned with the other; quotations repeated by both count as shared quotes, not as copying. Narration is an article's words outside quotation marks.</p>`;
  const summary = links.length ? clusterSentences(clusters, r.articles.length, passageOnly, label) : noNarration(r.pairs.map((p) => p.relation));
  const perUnit = byUnit ? ` ${unitSentence(byUnit, g.unit)}` : "";
  const directions = new Map(r.directions.map((d) => [`${d.a}\u0000${d.b}`, d]));
  const { shown, rest } = topRows([...links].sort((x, y) => strongest(y) - strongest(x)), INTRO_LINKS);
  // A and B stand for the two articles in the note and verdict: their labels once, not three times
  const items = shown.map((p) => {
    const ab = (text: string) => escapeHtml(withLabels(text, [p.a, p.b], (id) => (id === p.a ? "A" : "B")));
    const d = directions.get(`${p.a}\u0000${p.b}`);
    const dir = d && d.source ? ` ${ab(d.verdict)}.` : "";
    return `<li><b>A</b> ${escapeHtml(label(p.a))}, <b>B</b> ${escapeHtml(label(p.b))}: ${p.relation} — ${ab(p.evidence.note)}.${dir}</li>`;
  });
  const more = rest > 0 ? `<p>${count(rest, "more linked pair")} in <a href="tables/overlap-pairs.csv">tables/overlap-pairs.csv</a>.</p>` : "";
  const lead = rest > 0 ? `The ${items.length} strongest of ${links.length} links` : items.length === 1 ? "The link" : `The ${items.length} links, strongest first`;
  const heading = items.length ? `<p>${lead} (copy, rewrite or shared passage):</p><ul>${items.join("")}</ul>${more}` : "";
  return `${method}<p>${escapeHtml(summary + perUnit)}</p>${heading}${sideBySide(ctx, r, label)}`;
}

/**
 * Two articles side by side with their passages marked: the linked pair (copy, rewrite, shared
 * passage) that shares the most text, else the pair sharing the most (quotes, loose sentences).
 */
function sideBySide(ctx: ReportContext, r: OverlapResult, label: (id: string) => string): string {
  const most = (pairs: PairScore[]) => pairs.reduce<PairScore | null>((best, p) => (strongest(p) > (best ? strongest(best) : 0) ? p : best), null);
  const top = most(graphLinks(r).links) ?? most(r.pairs);
  if (!top) return "";
  const byId = new Map(ctx.docs.map((d) => [d.article.id, d.article]));
  if (!byId.has(top.a) || !byId.has(top.b)) return "";
  const side = (id: string) => ({ id, text: byId.get(id)!.text, label: label(id) });
  return `<h4>Side by side: ${escapeHtml(label(top.a))} and ${escapeHtml(label(top.b))}</h4>` + sideBySideHtml(side(top.a), side(top.b), r.passages);
}

/** Source overlap: who copied or rewrote whom, with the passages, swaps, drifting quotes and direction. */
export const overlapSection: ReportSection = {
  id: "overlap",
  title: "Source overlap",
  build(ctx) {
    const r = corpusOverlap(ctx);
    const g = ctx.grouping;
    const label = (id: string) => g.articleLabel.get(id) ?? id;
    const unitLabel = (key: string) => g.groupLabel.get(key) ?? key;
    const result = overlapByUnit(r, g);
    const clusters = result.clusters;
    const byUnit = g.unit === "article" ? null : unitOverlap(r, g);
    const noun = unitNoun(g.unit);
    const nouns = unitNoun(g.unit, 2);
    const { nodes } = graphLinks(r);
    const notDrawn = r.articles.length - nodes.size;
    const asGraph = graphFits(r);
    const silent = byUnit ? byUnit.units.length - sharingUnits(byUnit) : 0;
    const heatmapCaption = g.unit === "article"
      ? "Row article's share of words found in the column article (not symmetric: an extract is dark in its row only); blank: no shared text."
      : `Row ${noun}'s words found in the column ${noun}'s articles: for each article of the row ${noun}, the largest share of its words aligned with any one article of the column ${noun}, averaged over the row ${noun}'s articles weighted by their words. The diagonal compares ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}'s articles with its own other articles. Not symmetric. Every non-zero cell is in tables/overlap-units.csv.${silent > 0 ? ` ${count(silent, noun, nouns)} with no text in common with another ${noun} ${silent === 1 ? "is" : "are"} left out.` : ""}`;
    const graphCaption = asGraph
      ? `One row per article with a copy, rewrite or shared passage of narration; grey bands are syndication clusters (articles joined by copy or rewrite links). Solid arcs: copy or rewrite; dashed: a shared passage, which does not merge clusters. ${notDrawn === 0 ? "Every article has such a link." : `${count(notDrawn, "article")} with no such link ${notDrawn === 1 ? "is" : "are"} not drawn.`} Hover an article for its id.`
      : `The ${count(clusteredArticles(r), "article")} in syndication clusters (articles joined by copy or rewrite links) are too many to draw one by one: the clusters, largest first, with the links inside each (copy, rewrite, shared passage). Every cluster, with its article ids, is in tables/overlap-clusters.csv; every linked pair in tables/overlap-pairs.csv.`;
    const sourcesCaption = g.unit === "article"
      ? g.groups.length > SEGMENT_ARTICLES
        ? "Per article, the share of its words found in its closest other article, coloured by the relation of the two; the articles with the most found first."
        : "Per article, the share of its words aligned with each other article (segments can add up past 100% when several articles carry the same passage)."
      : `Per ${noun}, the share of its words found in another article: each article's best match anywhere, split by the ${noun} of that match and weighted by words. Only ${nouns} with shared text are drawn.`;
    return {
      intro: intro(ctx, r, clusters, byUnit),
      charts: [
        { name: "overlap-heatmap", title: "Shared text", caption: heatmapCaption, figure: overlapHeatmap(r, { grouping: g, table: g.unit === "article" ? "overlap-pairs" : "overlap-units" }) },
        {
          name: "overlap-graph", title: asGraph ? "Relations" : "Syndication clusters", caption: graphCaption,
          figure: asGraph ? overlapGraph(r, { grouping: g, table: "overlap-pairs" }) : clusterTable(r, { grouping: g, table: "overlap-clusters" }),
        },
        { name: "overlap-sources", title: `Where each ${noun}'s text is also found`, caption: sourcesCaption, figure: overlapSources(r, { grouping: g, table: g.unit === "article" ? "overlap-pairs" : "overlap-units" }) },
        { name: "overlap-quote-drift", title: "Quotes that changed", caption: "The same quotation in two articles with different words: struck-through words are A's, bold words are B's; a change carried by several pairs is one row.", figure: quoteDriftTable(r.quotes, { label, table: "overlap-quotes" }) },
      ],
      tables: [
        {
          name: "overlap-clusters", title: "Syndication clusters",
          caption: "Articles joined by copy or rewrite links, largest first; links counts the copies, rewrites and shared passages inside the cluster.",
          rows: clusters.map((c) => ({
            cluster: c.cluster, articles: c.articles.length, outlets: c.outlets.join("; "), first_day: c.first_day, last_day: c.last_day,
            first_article: label(c.first_article), links: relationMix(c.links), first_article_id: c.first_article, article_ids: c.articles.join(" "),
          })),
          showRows: 10,
        },
        ...(result.by_unit ? [{
          name: "overlap-units", title: `Shared text between ${nouns}`,
          caption: `Every ${noun} pair with shared text, largest share first (see the matrix above for the definition).`,
          rows: result.by_unit.cells.map((c) => ({ ...c, unit: unitLabel(c.unit), found_in: unitLabel(c.found_in), best_article: c.best_article && label(c.best_article), best_match: c.best_match && label(c.best_match), best_article_id: c.best_article, best_match_id: c.best_match })),
          showRows: 10,
        }] : []),
        {
          name: "overlap-pairs", title: "Pairs", caption: "Every aligned pair, most shared text first.",
          rows: [...r.pairs].sort((x, y) => strongest(y) - strongest(x) || rank(x) - rank(y)).map((p) => ({
            a: label(p.a), b: label(p.b), shared_a: p.shared_a, shared_b: p.shared_b, verbatim_a: p.verbatim_a, verbatim_b: p.verbatim_b, relation: p.relation,
            evidence: withLabels(p.evidence.note, [p.a, p.b], label), a_id: p.a, b_id: p.b,
          })),
        },
        {
          name: "overlap-substitutions", title: "Swapped words", caption: "What the rewrite changed, from the probable source to the derived article.",
          rows: r.substitutions.map((s) => ({ from_article: label(s.from_article), to_article: label(s.to_article), from: s.from, to: s.to, count: s.count, kind: s.kind, from_article_id: s.from_article, to_article_id: s.to_article })),
          showRows: 30,
        },
        {
          name: "overlap-quotes", title: "Quotes across articles",
          rows: r.quotes.map((q) => ({ a: label(q.a), b: label(q.b), status: q.status, quote_a: q.text_a, quote_b: q.text_b, diff: q.diff, a_id: q.a, b_id: q.b })),
        },
      ],
      results: result,
    };
  },
};

/** Stronger relations first among pairs with the same share. */
const ORDER = ["copy", "rewrite", "shared passage", "shared quotes", "same story", "unrelated"];
const rank = (p: PairScore) => ORDER.indexOf(p.relation);
