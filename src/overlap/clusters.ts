/**
 * Syndication clusters: the articles that copy or rewrite one another, as the connected components
 * of copy and rewrite links. A wire story run by forty papers is one cluster of forty; for counting
 * who reports an event, a cluster is one source, not forty. Shared passages are evidence of reuse but
 * do not merge clusters: two reports quoting the same wire paragraph are still two reports.
 */
import type { Relation } from "./relation";

/** Links that make two articles one source. */
export const SAME_SOURCE: ReadonlySet<Relation> = new Set<Relation>(["copy", "rewrite"]);

export interface SyndicationCluster {
  /** 1 for the largest cluster, then by size */
  id: number;
  /** article ids, in the order first met in the pairs */
  articles: string[];
  /** the copy and rewrite links inside it */
  links: Array<{ a: string; b: string; relation: Relation }>;
}

/** Clusters of two or more articles, largest first (ties: by first article id). */
export function syndicationClusters(pairs: ReadonlyArray<{ a: string; b: string; relation: Relation }>): SyndicationCluster[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // path compression keeps later finds short
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  const links = pairs.filter((p) => SAME_SOURCE.has(p.relation));
  for (const p of links) {
    for (const id of [p.a, p.b]) if (!parent.has(id)) parent.set(id, id);
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const byRoot = new Map<string, SyndicationCluster>();
  for (const id of parent.keys()) {
    const root = find(id);
    let c = byRoot.get(root);
    if (!c) byRoot.set(root, (c = { id: 0, articles: [], links: [] }));
    c.articles.push(id);
  }
  for (const p of links) byRoot.get(find(p.a))!.links.push({ a: p.a, b: p.b, relation: p.relation });
  const clusters = [...byRoot.values()].sort((x, y) => y.articles.length - x.articles.length || x.articles[0].localeCompare(y.articles[0]));
  clusters.forEach((c, i) => (c.id = i + 1));
  return clusters;
}

/**
 * Each article's source: its cluster's first article for a clustered article, itself otherwise.
 * Counting distinct sources over a set of articles gives the independent sources among them.
 */
export function sourceOf(clusters: SyndicationCluster[]): (article: string) => string {
  const map = new Map<string, string>();
  for (const c of clusters) for (const a of c.articles) map.set(a, c.articles[0]);
  return (article) => map.get(article) ?? article;
}

/** How many independent sources a set of articles is: copies and rewrites of one another count once. */
export function independentSources(articles: Iterable<string>, source: (article: string) => string): number {
  const seen = new Set<string>();
  for (const a of articles) seen.add(source(a));
  return seen.size;
}

/** Links drawn in the relation graph: the same-source links and shared passages of narration. */
export const GRAPH_LINKS: ReadonlySet<Relation> = new Set<Relation>(["copy", "rewrite", "shared passage"]);

/** One row of the ranked table of clusters. */
export interface ClusterSummary {
  /** the cluster's rank, 1 = largest */
  cluster: number;
  articles: string[];
  /** distinct outlets named, most articles first ("unknown" left out) */
  outlets: string[];
  first_day: string | null;
  last_day: string | null;
  /** the earliest published article (the cluster's first when no date tells) */
  first_article: string;
  /** links between its articles, by relation (shared passages inside a cluster included) */
  links: { copy: number; rewrite: number; "shared passage": number };
}

/** Clusters described for a reader: size, outlets, first and last publication day, first article, relation mix. */
export function describeClusters(
  clusters: SyndicationCluster[],
  pairs: ReadonlyArray<{ a: string; b: string; relation: Relation }>,
  articles: ReadonlyArray<{ id: string; outlet: string; published: string | null }>,
): ClusterSummary[] {
  const meta = new Map(articles.map((a) => [a.id, a]));
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.articles.forEach((a) => clusterOf.set(a, i)));
  const mix = clusters.map(() => ({ copy: 0, rewrite: 0, "shared passage": 0 }));
  for (const p of pairs) {
    if (p.relation !== "copy" && p.relation !== "rewrite" && p.relation !== "shared passage") continue;
    const i = clusterOf.get(p.a);
    if (i !== undefined && i === clusterOf.get(p.b)) mix[i][p.relation]++;
  }
  return clusters.map((c, i) => {
    const outlets = new Map<string, number>();
    const days: string[] = [];
    for (const id of c.articles) {
      const a = meta.get(id);
      if (a && a.outlet && a.outlet !== "unknown") outlets.set(a.outlet, (outlets.get(a.outlet) ?? 0) + 1);
      if (a?.published) days.push(a.published.slice(0, 10));
    }
    days.sort();
    const dated = c.articles.filter((id) => meta.get(id)?.published);
    const first = dated.length ? dated.reduce((x, y) => (meta.get(y)!.published! < meta.get(x)!.published! ? y : x)) : c.articles[0];
    return {
      cluster: c.id,
      articles: c.articles,
      outlets: [...outlets].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([o]) => o),
      first_day: days[0] ?? null,
      last_day: days[days.length - 1] ?? null,
      first_article: first,
      links: mix[i],
    };
  });
}

/** "3 copy, 1 rewrite, 2 shared passage": a cluster's relation mix in words, empty kinds left out. */
export function relationMix(links: ClusterSummary["links"]): string {
  return (Object.entries(links) as Array<[string, number]>).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(", ");
}
