/**
 * Synthetic inputs for the chart snapshots at 5, 90 and 1,000 rows: made-up outlets, stories, dates
 * and terms (no corpus text), deterministic, shaped like real corpora — a few large outlets and a
 * long tail, UUID-like ids, some undated articles, some cleaned ones.
 */
import type { ArticleSummary } from "../../src/charts/corpus-summary";
import type { GroupRow } from "../../src/frequency/analyse";
import type { TermRow } from "../../src/frequency/counts";
import type { DistinctiveRow } from "../../src/frequency/keyness";
import type { TermRate } from "../../src/frequency/rates";

/** A small deterministic generator (an LCG): the same numbers on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const hex = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join("");
const DAY = 86_400_000;

/** Outlets for n articles: two for a handful, three for ninety, n/8 for more (a long tail). */
export function outletCount(n: number): number {
  return n <= 12 ? 2 : n <= 100 ? 3 : Math.round(n / 8);
}

/** n article summaries: outlet i takes a share falling with i, dates over a span growing with n, every tenth undated past 100. */
export function syntheticSummaries(n: number): ArticleSummary[] {
  const r = random(n);
  const outlets = outletCount(n);
  const spanDays = n <= 12 ? 20 : n <= 100 ? 1000 : 3000;
  const start = Date.parse("2012-01-02T00:00:00Z");
  return Array.from({ length: n }, (_, i) => {
    // a skewed pick: low outlet numbers are common, the tail is rare
    const outlet = Math.min(outlets - 1, Math.floor(outlets * r() ** 2.5));
    const id = n <= 12 ? `story-${i + 1}` : `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}_${i}`;
    const undated = n > 100 && i % 10 === 9;
    const reasons = ["advertisement", "byline", "image caption", "photo credit", "share prompt", "reader comment", "copyright", "loading placeholder", "newsletter", "related links", "cookie notice"];
    const removed = i % 3 === 0 ? [{ reason: reasons[i % reasons.length], characters: 20 + Math.floor(r() * 400) }, { reason: reasons[(i * 7) % reasons.length], characters: 10 + Math.floor(r() * 100) }] : [];
    return {
      id,
      file: `data/${id}.json`,
      title: i % 17 === 5 ? null : `Synthetic headline number ${i + 1} about story ${(i % 30) + 1} and its consequences`,
      outlet: i % 23 === 7 ? "unknown" : `Outlet ${outlet + 1}`,
      topic: `story ${(i % 30) + 1}`,
      published: undated ? null : new Date(start + Math.floor(r() * spanDays) * DAY).toISOString().slice(0, 10),
      publishedEstimated: i % 11 === 3,
      words: 150 + Math.floor(r() * 1800),
      sentences: 8 + Math.floor(r() * 80),
      characters: 5000,
      removed,
    };
  });
}

/** Frequency results for n groups: ten terms each, eight over- and eight under-used, rates of three terms. */
export function syntheticFrequency(n: number): { groups: GroupRow[]; terms: TermRow[]; distinctive: DistinctiveRow[]; rates: TermRate[] } {
  const r = random(1000 + n);
  const groups: GroupRow[] = Array.from({ length: n }, (_, i) => ({
    article: `group-${i + 1}`,
    label: n <= 12 ? `Outlet ${(i % 2) + 1} · 2025-02-1${i % 10} · Synthetic headline number ${i + 1} about a story` : `Outlet ${i + 1}`,
    outlet: n <= 12 ? `Outlet ${(i % 2) + 1}` : `Outlet ${i + 1}`,
    articles: [`group-${i + 1}`],
    published: `2025-02-${String((i % 28) + 1).padStart(2, "0")}`,
    words: 500 + Math.floor(r() * 5000),
  }));
  const terms: TermRow[] = groups.flatMap((g, i) =>
    Array.from({ length: 10 }, (_, k) => ({ article: g.article, term: `term${(i + k) % 40}`, key: `term${(i + k) % 40}`, kind: "word" as const, count: 50 - k * 4, per10k: Math.round((500 - k * 40) * (0.5 + r())) / 10 })),
  );
  const distinctive: DistinctiveRow[] = groups.flatMap((g, i) =>
    (["over", "under"] as const).flatMap((direction) =>
      Array.from({ length: 8 }, (_, k) => ({
        article: g.article, term: direction === "over" ? `word${(i * 3 + k) % 90}` : `common${k}`, key: direction === "over" ? `word${(i * 3 + k) % 90}` : `common${k}`,
        kind: "word" as const, method: "logodds" as const, score: (direction === "over" ? 1 : -1) * Math.round((8 - k) * (0.5 + r()) * 100) / 100,
        count: direction === "over" ? 20 - k : k, per10k: 10, restCount: direction === "over" ? k : 30 + k, restPer10k: 5, direction,
      })),
    ),
  );
  const rates: TermRate[] = ["word1", "word2", "word3"].flatMap((term) => groups.map((g) => ({ article: g.article, published: g.published, term, key: term, count: Math.floor(r() * 5), per10k: Math.round(r() * 300) / 10 })));
  return { groups, terms, distinctive, rates };
}

/**
 * A figure's shape for a snapshot: every array longer than `max` becomes its length and first
 * items, so a snapshot at 1,000 rows stays small and still catches a change of layout.
 */
export function shape(value: unknown, max = 12): unknown {
  if (Array.isArray(value)) {
    if (value.length > max) return { length: value.length, first: value.slice(0, 3).map((v) => shape(v, max)) };
    return value.map((v) => shape(v, max));
  }
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, max)]));
  return value;
}

/**
 * What a snapshot of a big figure keeps: the layout with long lists cut to their length and first
 * items, and per trace its type, name, axes and how many points each of its arrays holds.
 */
export function figureShape(fig: { data: Array<Record<string, unknown>>; layout: Record<string, unknown> }): unknown {
  const trace = (t: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(t).filter(([k, v]) => Array.isArray(v) || ["type", "name", "orientation", "xaxis", "yaxis"].includes(k)).map(([k, v]) => [k, Array.isArray(v) ? v.length : v]));
  return { layout: shape(fig.layout, 4), data: fig.data.map(trace) };
}
