/**
 * Overlap results of any size, made up here (no corpus text), for the layout snapshots at 5, 90 and
 * 1,000 articles: syndication clusters of 2 to 6 articles (copy and rewrite links), shared passages
 * between clusters, shared quotes, same-story pairs and drifted quotes, over a given number of outlets.
 * Up to 300 articles every pair is present (the all-pairs strategy); above, only the linked pairs (as
 * the candidate filter leaves them).
 */
import type { OverlapResult } from "../../src/overlap/index";
import type { PairEvidence, PairScore, Relation } from "../../src/overlap/relation";
import type { QuoteMatch } from "../../src/overlap/quotes";
import type { Figure } from "../../src/charts/figure";
import { chooseUnit, type Unit } from "../../src/grouping/unit";
import { groupArticles, type Grouping } from "../../src/grouping/groups";

export interface SyntheticArticle {
  id: string;
  title: string;
  outlet: string;
  published: string;
}

function evidence(note: string): PairEvidence {
  return { aligned_sentences_a: 0, aligned_sentences_b: 0, sentences_a: 20, sentences_b: 20, narration_a: 0, narration_b: 0, quoted_share: 0, rare_overlap: 0, narration_sentences: 0, moved: 0, note };
}

const BLOCKS = [2, 3, 1, 1, 4, 1, 2, 1, 1, 6, 1, 1];
const SHARE: Record<Relation, number> = { copy: 0.9, rewrite: 0.75, "shared passage": 0.2, "shared quotes": 0.06, "same story": 0.02, unrelated: 0 };

export function syntheticOverlap(n: number, outlets: number): { result: OverlapResult; articles: SyntheticArticle[] } {
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + ((i * 7) % 60) * 86_400_000).toISOString().slice(0, 10);
  const articles: SyntheticArticle[] = Array.from({ length: n }, (_, i) => ({
    id: `story-${String(i + 1).padStart(4, "0")}`,
    title: `Report number ${i + 1} on the matter of topic ${(i % 7) + 1} and its consequences`,
    outlet: `Outlet ${String.fromCharCode(65 + (i % outlets) % 26)}${outlets > 26 ? Math.floor((i % outlets) / 26) + 1 : ""}`,
    published: day(i),
  }));
  const rel = new Map<string, Relation>();
  const key = (a: number, b: number) => `${Math.min(a, b)} ${Math.max(a, b)}`;
  const starts: number[] = [];
  for (let i = 0, k = 0; i < n; i += BLOCKS[k++ % BLOCKS.length]) {
    starts.push(i);
    const size = Math.min(BLOCKS[k % BLOCKS.length], n - i);
    for (let j = 1; j < size; j++) rel.set(key(i, i + j), j % 2 ? "copy" : "rewrite");
  }
  for (let s = 0; s + 2 < starts.length; s += 3) if (!rel.has(key(starts[s], starts[s + 2]))) rel.set(key(starts[s], starts[s + 2]), "shared passage");
  for (let i = 0; i + 2 < n; i += 5) if (!rel.has(key(i, i + 2))) rel.set(key(i, i + 2), "shared quotes");
  for (let i = 1; i + 3 < n; i += 4) if (!rel.has(key(i, i + 3))) rel.set(key(i, i + 3), "same story");
  const pairs: PairScore[] = [];
  const quotes: QuoteMatch[] = [];
  const pair = (a: number, b: number, relation: Relation) => {
    const [x, y] = [articles[a].id, articles[b].id];
    const s = SHARE[relation];
    pairs.push({ a: x, b: y, shared_a: s, shared_b: Math.round(s * 0.8 * 1000) / 1000, verbatim_a: relation === "copy" ? s : 0, verbatim_b: 0, relation, evidence: evidence(`${Math.round(s * 100)}% of ${x}'s narration is aligned with ${y}`) });
    if (relation === "rewrite" || relation === "copy") {
      quotes.push({
        a: x, b: y, a_start: 0, a_end: 30, b_start: 0, b_end: 30, text_a: `we will act on item ${a}`, text_b: `we shall act on item ${a}`,
        speaker_a: null, speaker_b: null, similarity: 0.8, run: 3, status: "drift", changes: [{ a: "will", b: "shall" }], diff: `we [-will-]{+shall+} act on item ${a}`, matched_by: "text",
      });
    }
  };
  if (n <= 300) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pair(a, b, rel.get(key(a, b)) ?? "unrelated");
  } else {
    for (const [k, relation] of rel) {
      const [a, b] = k.split(" ").map(Number);
      pair(a, b, relation);
    }
  }
  const result: OverlapResult = {
    articles: articles.map((a, i) => ({ id: a.id, outlet: a.outlet, published: a.published, words: 300 + ((i * 37) % 900) })),
    method: { pairs_considered: (n * (n - 1)) / 2, pairs_aligned: pairs.length, pairs_listed: pairs.length, strategy: n <= 300 ? "all pairs" : "candidate filter" },
    pairs, passages: [], quotes, substitutions: [], directions: [],
  };
  return { result, articles };
}

export function syntheticGrouping(articles: SyntheticArticle[], by?: Unit): Grouping {
  return groupArticles(articles, chooseUnit(articles, by));
}

/**
 * A figure as a snapshot keeps it: the whole layout, and per trace its type, name and the lengths of
 * its data arrays with their first values — the shape of what is drawn, not every number.
 */
export function figureShape(figure: Figure): unknown {
  const arrays = (t: Record<string, unknown>) => Object.fromEntries(Object.entries(t).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, { length: (v as unknown[]).length, first: (v as unknown[]).slice(0, 3) }]));
  return {
    layout: figure.layout,
    data: figure.data.map((t) => ({
      type: t.type, name: t.name, mode: t.mode, ...arrays(t),
      ...(t.cells ? { cells: (t.cells as { values: unknown[][] }).values.map((c) => ({ length: c.length, first: c.slice(0, 2) })) } : {}),
    })),
  };
}
