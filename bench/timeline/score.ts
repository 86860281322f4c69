/**
 * TempEval-3 style scoring of temporal expressions: relaxed span match (any overlap, one-to-one),
 * strict span match (same offsets), value F1 = share of relaxed matches with the exact value × relaxed F1.
 *
 * Checked against the official TE3 toolkit (evaluate_entities.py): it reads TIMEX3 inside <TEXT> only
 * and skips the DCT (tid t0), so the DCT is out of both gold and system here too (timeml.ts reads only
 * <TEXT>; the extractor is given the DCT as its reference); value accuracy is over relaxed matches and
 * compared as exact strings. On the training set every gold TIMEX3 has a non-empty value and text,
 * none is self-closing, nested or duplicated, and the only entity is &amp; (decoded to one character on
 * both sides, so offsets agree); greedy one-to-one matching finds as many pairs as a maximum bipartite
 * matching (1,736). No scorer bug found.
 */
export interface Span {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Tally {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  value: number;
}

export const emptyTally = (): Tally => ({ gold: 0, system: 0, relaxed: 0, strict: 0, value: 0 });

/** Matches system spans to gold spans; returns pairs (gold index → system index) for inspection. */
export function match(gold: Span[], system: Span[]): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, si) => {
      if (used.has(si)) return;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) {
        best = si;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  });
  return pairs;
}

export function tally(into: Tally, gold: Span[], system: Span[], pairs: Array<[number, number]>): void {
  into.gold += gold.length;
  into.system += system.length;
  for (const [gi, si] of pairs) {
    into.relaxed++;
    if (gold[gi].start === system[si].start && gold[gi].end === system[si].end) into.strict++;
    if (gold[gi].value === system[si].value) into.value++;
  }
}

const f1 = (hits: number, gold: number, system: number) => (hits === 0 ? 0 : (2 * hits) / (gold + system));

export function scores(t: Tally): { relaxed: number; strict: number; value: number; precision: number; recall: number } {
  const relaxed = f1(t.relaxed, t.gold, t.system);
  return {
    relaxed: 100 * relaxed,
    strict: 100 * f1(t.strict, t.gold, t.system),
    value: t.relaxed ? (100 * relaxed * t.value) / t.relaxed : 0,
    precision: t.system ? (100 * t.relaxed) / t.system : 0,
    recall: t.gold ? (100 * t.relaxed) / t.gold : 0,
  };
}
