import type { PairComparison } from "../frequency/compare";
import type { Figure } from "./figure";
import { escapeLabel } from "./hover";
import { axis, baseLayout, figure, OTHER_COLOR, PALETTE } from "./theme";

/** Most terms drawn: the most frequent ones (the rest add dots, not reading, and weigh on the page). */
export const MAX_POINTS = 1500;

/**
 * Two articles or outlets compared term by term, in the spirit of scattertext: x = rate in A,
 * y = rate in B (per 10,000 words, log axes). Terms on the diagonal are used alike; terms far from
 * it lean to one side. A term one side never uses is drawn on that side's floor line (half the
 * smallest rate seen), so absences stay visible on log axes. The `label` terms with the largest
 * |Log Ratio| on each side (ties: the more frequent) are labelled, one label per point. At most
 * MAX_POINTS terms, the most frequent (the comparison's rows come most frequent first).
 */
export function pairScatterChart(comparison: PairComparison, options: { label?: number; colorA?: string; colorB?: string; title?: string; labelA?: string; labelB?: string } = {}): Figure {
  const label = options.label ?? 8;
  const colorA = options.colorA ?? PALETTE[0];
  const colorB = options.colorB ?? PALETTE[1];
  const pair = { ...comparison, rows: comparison.rows.slice(0, MAX_POINTS) };
  const rates = pair.rows.flatMap((r) => [r.per10kA, r.per10kB]).filter((x) => x > 0);
  const floor = rates.length ? Math.min(...rates) / 2 : 1;
  const ceil = rates.length ? Math.max(...rates) * 1.3 : 10;
  const byLean = (sign: number) =>
    pair.rows
      .filter((r) => Math.sign(r.logRatio) === sign)
      .sort((p, q) => sign * (q.logRatio - p.logRatio) || q.countA + q.countB - (p.countA + p.countB))
      .slice(0, label)
      .map((r) => r.key);
  const labelled = new Set([...byLean(1), ...byLean(-1)]);
  const a = escapeLabel(options.labelA ?? pair.a);
  const b = escapeLabel(options.labelB ?? pair.b);
  const point = (r: PairComparison["rows"][number]) => ({
    x: r.per10kA > 0 ? r.per10kA : floor,
    y: r.per10kB > 0 ? r.per10kB : floor,
    color: r.logRatio > 0.5 ? colorA : r.logRatio < -0.5 ? colorB : OTHER_COLOR,
  });
  const pts = pair.rows.map(point);
  // Terms with the same counts share a point: one label per point, naming up to three of them.
  const spots = new Map<string, { x: number; y: number; lean: number; terms: string[] }>();
  for (const r of pair.rows) {
    if (!labelled.has(r.key)) continue;
    const p = point(r);
    const k = `${p.x} ${p.y}`;
    const spot = spots.get(k) ?? { x: p.x, y: p.y, lean: r.logRatio, terms: [] };
    spot.terms.push(escapeLabel(r.term));
    spots.set(k, spot);
  }
  const lab = [...spots.values()];
  const labText = lab.map((s) => (s.terms.length > 3 ? `${s.terms.slice(0, 3).join(", ")} +${s.terms.length - 3}` : s.terms.join(", ")));
  const ticks = [1, 2, 5].flatMap((m) => [0.01, 0.1, 1, 10, 100, 1000, 10000].map((e) => m * e)).filter((t) => t >= floor && t <= ceil).sort((p, q) => p - q);
  return figure(
    [
      { type: "scatter", mode: "lines", x: [floor, ceil], y: [floor, ceil], line: { color: OTHER_COLOR, dash: "dot", width: 1 }, hoverinfo: "skip", name: "same rate" },
      {
        type: "scatter",
        mode: "markers",
        name: "terms",
        x: pts.map((p) => p.x),
        y: pts.map((p) => p.y),
        marker: { color: pts.map((p) => p.color), size: 7, opacity: 0.7 },
        // term and exact counts per point, the sentence once in the template: small at a thousand points
        text: pair.rows.map((r) => escapeLabel(r.term)),
        customdata: pair.rows.map((r) => [r.countA, r.per10kA, r.countB, r.per10kB, r.logRatio]),
        hovertemplate: `%{text}<br>${a}: %{customdata[0]:,} times, %{customdata[1]} per 10k<br>${b}: %{customdata[2]:,} times, %{customdata[3]} per 10k<br>Log Ratio %{customdata[4]}<extra></extra>`,
      },
      {
        type: "scatter",
        mode: "text",
        name: "labels",
        x: lab.map((p) => p.x),
        y: lab.map((p) => p.y),
        text: labText,
        textposition: lab.map((s) => (s.lean > 0 ? "top center" : "middle right")),
        textfont: { size: 11, color: lab.map((s) => (s.lean > 0 ? colorA : colorB)) },
        hoverinfo: "skip",
      },
    ],
    {
      ...baseLayout(options.title ?? `${a} against ${b}: rate of each term (per 10,000 words)`),
      showlegend: false,
      height: 600,
      xaxis: axis(`${a} (per 10,000 words; never used: left edge)`, { type: "log", range: [Math.log10(floor) - 0.1, Math.log10(ceil)], tickvals: ticks }),
      yaxis: axis(`${b} (per 10,000 words; never used: bottom edge)`, { type: "log", range: [Math.log10(floor) - 0.1, Math.log10(ceil)], tickvals: ticks }),
    },
  );
}
