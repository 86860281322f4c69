/**
 * Syndication clusters: articles joined by copy or rewrite links, the connected components of those
 * pairs (a shared passage or shared quotes does not merge clusters: two outlets quoting one speech are
 * not one source). Union–find, so a million pairs cost a million near-constant steps.
 */
export interface ClusterPair {
  a: string;
  b: string;
  relation: string;
}

/** Clusters of two or more articles, largest first (members in the order first met). */
export function syndicationClusters(pairs: ClusterPair[], relations: readonly string[] = ["copy", "rewrite"]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // path halving keeps later finds short
    while (parent.get(x) !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const order: string[] = [];
  const add = (x: string) => {
    if (!parent.has(x)) {
      parent.set(x, x);
      order.push(x);
    }
  };
  for (const p of pairs) {
    if (!relations.includes(p.relation)) continue;
    add(p.a);
    add(p.b);
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const x of order) {
    const r = find(x);
    const g = groups.get(r);
    if (g) g.push(x);
    else groups.set(r, [x]);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length);
}
