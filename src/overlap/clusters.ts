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
