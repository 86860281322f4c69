import type { Figure } from "./figure";
import { axis, baseLayout, colorScale, figure } from "./theme";
import type { OverlapResult } from "../overlap/index";

/**
 * Per article, which share of its words came from (is aligned with) which other article: one stacked
 * bar per article, one colour per other article. Shares can add up past 100% when several others
 * carry the same passage.
 */
export function overlapSources(r: OverlapResult, title = "Where each article's text is also found"): Figure {
  const ids = r.articles.map((a) => a.id);
  const color = colorScale(ids);
  const data = ids.map((other) => {
    const y = ids.map((id) => {
      const p = r.pairs.find((q) => (q.a === id && q.b === other) || (q.b === id && q.a === other));
      return !p || id === other ? 0 : p.a === id ? p.shared_a : p.shared_b;
    });
    return {
      type: "bar", name: other, x: ids, y, marker: { color: color(other) },
      hovertext: ids.map((id, i) => `${Math.round(y[i] * 100)}% of ${id} is aligned with ${other}`),
      hovertemplate: "%{hovertext}<extra></extra>",
    };
  }).filter((t) => t.y.some((v) => v > 0));
  return figure(data, { ...baseLayout(title), barmode: "stack", xaxis: axis("article"), yaxis: axis("share of the article's words", { tickformat: ".0%", rangemode: "tozero" }), legend: { title: { text: "found in" } } });
}
