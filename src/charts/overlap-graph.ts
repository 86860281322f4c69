/**
 * How the articles are related, as syndication clusters. Only the links that mean reused text are
 * drawn — copy and rewrite (which make one cluster, see overlap/clusters.ts) and shared passages
 * (drawn, but they do not merge clusters); "shared quotes" and "same story" are what independent
 * reports of one event have in common and would tie every article to every other.
 *
 * The graph is an arc diagram: one labelled row per article, clusters as bands of consecutive rows
 * (largest first), links as arcs beside the rows. Rows keep every label legible at any cluster size,
 * where a node-link drawing overprints its labels past a dozen nodes. Past MAX_ROWS articles the rows
 * no longer fit and the chart becomes a ranked table of clusters (`clusterTable`); the CSV has them all.
 */
import type { Figure } from "./figure";
import { baseLayout, BAND_FILLS, figure, HEADER_FILL, NOTE_COLOR, rankedColors, RELATION_STYLE } from "./theme";
import { heightForRows, MAX_ROWS, moreNote } from "./layout";
import { escapeLabel as esc } from "./hover";
import { cut, overlapGrouping, unitNoun, withLabels } from "./overlap-labels";
import type { OverlapResult } from "../overlap/index";
import type { PairScore, Relation } from "../overlap/relation";
import { describeClusters, GRAPH_LINKS, relationMix, syndicationClusters, type ClusterSummary } from "../overlap/clusters";
import type { Grouping } from "../grouping/groups";

/** Most articles the graph draws (one labelled row each); past it, the ranked table of clusters. */
export const GRAPH_MAX_NODES = MAX_ROWS;
/** About how many pixels wide the arcs' area is (the plot right of the labels). */
const ARC_PX = 700;
/** Rows of the ranked cluster table shown on the page (a table row is two lines tall). */
export const CLUSTER_TABLE_ROWS = 20;

export interface OverlapGraphOptions {
  grouping?: Grouping;
  title?: string;
  /** the CSV named in the "N more" note: every cluster (the table), every pair (the graph) */
  table?: string;
}

/** The articles the graph draws: those with a copy, rewrite or shared-passage link, and those links. */
export function graphLinks(r: OverlapResult): { links: PairScore[]; nodes: Set<string> } {
  const links = r.pairs.filter((p) => GRAPH_LINKS.has(p.relation));
  return { links, nodes: new Set(links.flatMap((p) => [p.a, p.b])) };
}

/** Articles in syndication clusters: the graph is drawn while they fit its rows, else the cluster table. */
export function clusteredArticles(r: OverlapResult): number {
  return syndicationClusters(r.pairs).reduce((n, c) => n + c.articles.length, 0);
}

/** Whether the graph can draw every clustered article on its own labelled row. */
export function graphFits(r: OverlapResult): boolean {
  return clusteredArticles(r) <= GRAPH_MAX_NODES;
}

/** The relation graph, or the ranked table of clusters when their articles are more than GRAPH_MAX_NODES. */
export function overlapGraph(r: OverlapResult, options: OverlapGraphOptions = {}): Figure {
  return graphFits(r) ? arcDiagram(r, options) : clusterTable(r, options);
}

/**
 * Rows of the graph: each cluster's articles (earliest first), then, in the rows left, the articles
 * linked only by shared passages, strongest link first (partners next to each other). `rest`: the
 * passage-only articles left out.
 */
function rowsOf(r: OverlapResult, clusters: ClusterSummary[], links: PairScore[]): { bands: Array<{ band: string; ids: string[] }>; rest: number } {
  const published = new Map(r.articles.map((a) => [a.id, a.published ?? "~"]));
  const byDate = (ids: string[]) => [...ids].sort((x, y) => published.get(x)!.localeCompare(published.get(y)!));
  const inCluster = new Set(clusters.flatMap((c) => c.articles));
  const bands = clusters.map((c) => ({ band: `cluster ${c.cluster}: ${c.articles.length} articles${c.outlets.length > 1 ? `, ${c.outlets.length} outlets` : ""}`, ids: byDate(c.articles) }));
  const room = GRAPH_MAX_NODES - inCluster.size;
  const passageOnly = new Set<string>();
  const chosen = new Set<string>();
  for (const p of [...links].sort((x, y) => Math.max(y.shared_a, y.shared_b) - Math.max(x.shared_a, x.shared_b))) {
    for (const id of [p.a, p.b]) {
      if (inCluster.has(id)) continue;
      passageOnly.add(id);
      if (chosen.size < room) chosen.add(id);
    }
  }
  // linked articles next to each other: each chosen article, then (depth first) its chosen partners
  const partners = new Map<string, string[]>();
  for (const p of links) {
    if (!chosen.has(p.a) || !chosen.has(p.b)) continue;
    partners.set(p.a, [...(partners.get(p.a) ?? []), p.b]);
    partners.set(p.b, [...(partners.get(p.b) ?? []), p.a]);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (id: string) => {
    if (placed.has(id)) return;
    placed.add(id);
    order.push(id);
    for (const q of partners.get(id) ?? []) place(q);
  };
  for (const id of chosen) place(id);
  if (order.length) bands.push({ band: "shared passages only", ids: order });
  return { bands, rest: passageOnly.size - chosen.size };
}

function arcDiagram(r: OverlapResult, options: OverlapGraphOptions): Figure {
  const grouping = overlapGrouping(r, options.grouping);
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  const clusters = describeClusters(syndicationClusters(r.pairs), r.pairs, r.articles);
  const { bands, rest } = rowsOf(r, clusters, graphLinks(r).links);
  // row positions, top down, one empty row between bands
  const row = new Map<string, number>();
  const shapes: Array<Record<string, unknown>> = [];
  const annotations: Array<Record<string, unknown>> = [];
  let at = 0;
  bands.forEach((b, k) => {
    const first = at;
    for (const id of b.ids) row.set(id, at++);
    shapes.push({ type: "rect", layer: "below", xref: "paper", x0: 0, x1: 1, y0: first - 0.45, y1: at - 0.55, line: { width: 0 }, fillcolor: BAND_FILLS[k % 2] });
    annotations.push({ text: esc(b.band), xref: "paper", x: 1, xanchor: "right", y: first - 0.45, yanchor: "top", showarrow: false, font: { size: 11, color: NOTE_COLOR } });
    at++;
  });
  const last = Math.max(0, at - 2);
  const height = heightForRows(last + 1, { min: 300 });
  // links between drawn articles only
  const links = graphLinks(r).links.filter((p) => row.has(p.a) && row.has(p.b));
  // arcs: half ellipses to the right of the rows, in row units, wider for rows further apart; the x
  // range is about as many row units as the plot is wide, so a near arc reads as a half circle
  const room = ARC_PX / ((height - 150) / (last + 1.4));
  const bulge = (span: number) => Math.min(room - 1, 0.5 + 0.5 * span);
  const data: Array<Record<string, unknown>> = [];
  for (const rel of ["shared passage", "rewrite", "copy"] as Relation[]) {
    const x: Array<number | null> = [];
    const y: Array<number | null> = [];
    const apex: { x: number[]; y: number[]; text: string[] } = { x: [], y: [], text: [] };
    for (const p of links.filter((q) => q.relation === rel)) {
      const [y0, y1] = [row.get(p.a)!, row.get(p.b)!];
      const w = bulge(Math.abs(y1 - y0));
      for (let s = 0; s <= 16; s++) {
        const t = (Math.PI * s) / 16;
        x.push(Math.round(w * Math.sin(t) * 1000) / 1000);
        y.push(Math.round(((y0 + y1) / 2 - ((y1 - y0) / 2) * Math.cos(t)) * 1000) / 1000);
      }
      x.push(null);
      y.push(null);
      apex.x.push(w);
      apex.y.push((y0 + y1) / 2);
      // the note names the two articles as A and B: their labels are on the lines above
      const note = withLabels(p.evidence.note, [p.a, p.b], (id) => (id === p.a ? "A" : "B"));
      apex.text.push(`A: ${esc(label(p.a))}<br>B: ${esc(label(p.b))}<br>${rel}, shared ${Math.round(p.shared_a * 100)}% of A, ${Math.round(p.shared_b * 100)}% of B<br>${esc(cut(note))}`);
    }
    if (x.length === 0) continue;
    data.push({ type: "scatter", mode: "lines", name: rel, x, y, line: RELATION_STYLE[rel], hoverinfo: "skip" });
    data.push({ type: "scatter", mode: "markers", showlegend: false, x: apex.x, y: apex.y, marker: { size: 10, color: RELATION_STYLE[rel].color, opacity: 0.01 }, text: apex.text, hovertemplate: "%{text}<extra></extra>" });
  }
  const ids = [...row.keys()];
  const meta = new Map(r.articles.map((a) => [a.id, a]));
  const outletRank = rankedOutlets(r);
  const colors = rankedColors(outletRank);
  data.push({
    type: "scatter", mode: "markers", name: "article", showlegend: false,
    x: ids.map(() => 0), y: ids.map((id) => row.get(id)!),
    marker: { size: 11, color: ids.map((id) => colors.color(meta.get(id)!.outlet)), line: { color: NOTE_COLOR, width: 1 } },
    hovertext: ids.map((id) => {
      const a = meta.get(id)!;
      return `${esc(label(id))}<br>id: ${esc(id)}<br>outlet: ${esc(a.outlet)}<br>published: ${a.published ?? "unknown"}${a.words === null ? "" : `<br>${a.words} words`}`;
    }),
    hovertemplate: "%{hovertext}<extra></extra>",
  });
  // under the rows, not over them: the legend holds the top line
  const note = moreNote(rest, rest === 1 ? "article linked only by a shared passage" : "articles linked only by a shared passage", options.table);
  const more = note && { ...note, y: 0, yanchor: "top", yshift: -4 };
  const title = options.title ?? "Syndication clusters: copies, rewrites and shared passages";
  return figure(
    data,
    {
      ...baseLayout(title),
      height,
      xaxis: { visible: false, range: [-0.6, room], fixedrange: true },
      yaxis: {
        tickmode: "array", tickvals: ids.map((id) => row.get(id)!), ticktext: ids.map((id) => esc(label(id))),
        range: [last + 0.7, -0.7], showgrid: false, zeroline: false, automargin: true, fixedrange: true,
      },
      shapes,
      annotations: [...annotations, ...(more ? [more] : [])],
      legend: { title: { text: "link" }, orientation: "h", x: 0, y: 1, yanchor: "bottom" },
    },
    `No two of these ${r.articles.length} articles copy, rewrite or share a passage of narration.`,
  );
}

/** Outlets by number of articles, for node colours that match the per-outlet charts. */
function rankedOutlets(r: OverlapResult): string[] {
  const n = new Map<string, number>();
  for (const a of r.articles) n.set(a.outlet, (n.get(a.outlet) ?? 0) + 1);
  return [...n].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([o]) => o);
}

/**
 * The clusters as a ranked table: size, outlets, first and last publication day, the first article,
 * the relation mix. The top CLUSTER_TABLE_ROWS rows; the CSV (`options.table`) has every cluster.
 */
export function clusterTable(r: OverlapResult, options: OverlapGraphOptions = {}): Figure {
  const grouping = overlapGrouping(r, options.grouping);
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  const clusters = describeClusters(syndicationClusters(r.pairs), r.pairs, r.articles);
  const shown = clusters.slice(0, CLUSTER_TABLE_ROWS);
  const outlets = (c: ClusterSummary) => (c.outlets.length === 0 ? "" : `${c.outlets.length}: ${c.outlets.slice(0, 3).join(", ")}${c.outlets.length > 3 ? ", …" : ""}`);
  const days = (c: ClusterSummary) => (c.first_day === c.last_day ? c.first_day ?? "" : `${c.first_day} to ${c.last_day}`);
  const note = moreNote(clusters.length - shown.length, unitNoun("cluster", clusters.length - shown.length), options.table);
  return figure(
    [{
      type: "table", columnwidth: [40, 55, 170, 120, 330, 150],
      header: { values: ["#", "articles", "outlets", "published", "first article", "links"], align: "left", fill: { color: HEADER_FILL } },
      cells: {
        values: [
          shown.map((c) => c.cluster), shown.map((c) => c.articles.length), shown.map((c) => esc(outlets(c))),
          shown.map(days), shown.map((c) => esc(label(c.first_article))), shown.map((c) => relationMix(c.links)),
        ],
        align: "left", height: 24,
      },
    }],
    { ...baseLayout(options.title ?? "Syndication clusters, largest first"), height: 130 + shown.length * 40, annotations: note ? [note] : [] },
    "No two of these articles copy or rewrite one another: no syndication cluster.",
  );
}
