import type { Figure } from "./figure";
import { baseLayout, figure } from "./theme";
import type { OverlapResult } from "../overlap/index";

/**
 * Asymmetric heatmap of `shared`: row = the article, column = the other article, cell = share of the
 * ROW article's words inside passages aligned with the column article. A short extract of a long
 * article is dark in its row and light in its column.
 */
export function overlapHeatmap(r: OverlapResult, title = "Share of each article found in each other article"): Figure {
  const ids = r.articles.map((a) => a.id);
  const z = ids.map(() => ids.map(() => null as number | null));
  const text = ids.map((row) => ids.map((col) => (row === col ? "" : `${row} → ${col}: no aligned passage`)));
  for (const p of r.pairs) {
    const x = ids.indexOf(p.a);
    const y = ids.indexOf(p.b);
    z[x][y] = p.shared_a;
    z[y][x] = p.shared_b;
    text[x][y] = `${p.a}: ${Math.round(p.shared_a * 100)}% of its words lie in passages aligned with ${p.b}<br>relation: ${p.relation}`;
    text[y][x] = `${p.b}: ${Math.round(p.shared_b * 100)}% of its words lie in passages aligned with ${p.a}<br>relation: ${p.relation}`;
  }
  return figure(
    [{
      type: "heatmap", x: ids, y: ids, z, text, hovertemplate: "%{text}<extra></extra>",
      zmin: 0, zmax: 1, colorscale: [[0, "#f7f7f7"], [0.3, "#9ecae1"], [1, "#08306b"]],
      colorbar: { title: { text: "shared" }, tickformat: ".0%" },
      texttemplate: "%{z:.0%}",
    }],
    { ...baseLayout(title), xaxis: { title: { text: "found in" }, automargin: true }, yaxis: { title: { text: "article" }, automargin: true, autorange: "reversed" } },
  );
}
