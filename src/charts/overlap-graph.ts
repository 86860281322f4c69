import type { Figure } from "./figure";
import { baseLayout, colorScale, figure } from "./theme";
import type { OverlapResult } from "../overlap/index";
import type { Relation } from "../overlap/relation";

const EDGE: Record<Relation, { color: string; width: number; dash: string }> = {
  copy: { color: "#D55E00", width: 6, dash: "solid" },
  rewrite: { color: "#CC79A7", width: 6, dash: "solid" },
  "shared passage": { color: "#E69F00", width: 3.5, dash: "dash" },
  "shared quotes": { color: "#0072B2", width: 2.5, dash: "dot" },
  "same story": { color: "#bbbbbb", width: 1, dash: "dot" },
  unrelated: { color: "#ffffff", width: 0, dash: "solid" },
};

/** Graph of relations: articles on a circle, one line per related pair, styled by relation. */
export function overlapGraph(r: OverlapResult, title = "How the articles are related"): Figure {
  const n = r.articles.length;
  const pos = new Map(r.articles.map((a, i) => [a.id, [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]]));
  const color = colorScale(r.articles.map((a) => (a.outlet === "unknown" ? a.id : a.outlet)));
  const data: Array<Record<string, unknown>> = [];
  for (const rel of ["same story", "shared quotes", "shared passage", "rewrite", "copy"] as Relation[]) {
    const x: Array<number | null> = [];
    const y: Array<number | null> = [];
    const mid: { x: number[]; y: number[]; text: string[] } = { x: [], y: [], text: [] };
    for (const p of r.pairs.filter((q) => q.relation === rel)) {
      const [x0, y0] = pos.get(p.a)!;
      const [x1, y1] = pos.get(p.b)!;
      x.push(x0, x1, null);
      y.push(y0, y1, null);
      mid.x.push((x0 + x1) / 2);
      mid.y.push((y0 + y1) / 2);
      mid.text.push(`${p.a} ↔ ${p.b}: ${rel}<br>shared ${Math.round(p.shared_a * 100)}% / ${Math.round(p.shared_b * 100)}%<br>${p.evidence.note}`);
    }
    if (x.length === 0) continue;
    data.push({ type: "scatter", mode: "lines", name: rel, x, y, line: EDGE[rel], hoverinfo: "skip" });
    data.push({ type: "scatter", mode: "markers", showlegend: false, x: mid.x, y: mid.y, marker: { size: 10, color: EDGE[rel].color, opacity: 0.01 }, text: mid.text, hovertemplate: "%{text}<extra></extra>" });
  }
  data.push({
    type: "scatter", mode: "markers+text", name: "article",
    x: r.articles.map((a) => pos.get(a.id)![0]), y: r.articles.map((a) => pos.get(a.id)![1]),
    text: r.articles.map((a) => a.id), textposition: "top center",
    marker: { size: 18, color: r.articles.map((a) => color(a.outlet === "unknown" ? a.id : a.outlet)), line: { color: "#333", width: 1 } },
    hovertext: r.articles.map((a) => `${a.id}<br>outlet: ${a.outlet}<br>published: ${a.published ?? "unknown"}${a.words === null ? "" : `<br>${a.words} words`}`),
    hovertemplate: "%{hovertext}<extra></extra>",
  });
  const hidden = { visible: false, range: [-1.5, 1.5] };
  return figure(data, { ...baseLayout(title), xaxis: hidden, yaxis: { ...hidden, scaleanchor: "x" }, legend: { title: { text: "relation" } } });
}
