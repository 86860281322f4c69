/**
 * How far back each unit reaches: the days between an article's publication date and each calendar
 * date it mentions (negative = before publication). A story told with deep background shows long
 * tails; a breaking report stays near zero. Per article (a few articles) every date is a point on
 * its row; per outlet or story the row is a box of the quartiles of its articles' dates, computed
 * here, so a thousand articles cost a handful of numbers, not tens of thousands of points.
 */
import type { Figure } from "./figure";
import type { TimelineResult } from "../timeline/analyse";
import { topRows, type Grouping } from "../grouping/groups";
import { axis, baseLayout, figure, rankedColors, TRANSPARENT } from "./theme";
import { categoryAxis, heightForRows, MAX_ROWS, moreNote, ROW_PX } from "./layout";
import { escapeLabel as esc } from "./hover";
import { timelineGrouping } from "./timeline";
import { unitNoun } from "../grouping/unit";

const DAY_MS = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / DAY_MS);

/** Quartiles (linear interpolation between order statistics) and Tukey's fences of sorted values. */
export function boxStats(sorted: number[]): { q1: number; median: number; q3: number; lowerfence: number; upperfence: number } {
  const at = (p: number) => {
    const i = p * (sorted.length - 1);
    const lo = Math.floor(i);
    return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (i - lo);
  };
  const q1 = at(0.25);
  const q3 = at(0.75);
  const iqr = q3 - q1;
  // the fences end at the furthest value within 1.5 IQR of the box, as Plotly draws them from samples
  const lowerfence = sorted.find((v) => v >= q1 - 1.5 * iqr) ?? q1;
  const upperfence = [...sorted].reverse().find((v) => v <= q3 + 1.5 * iqr) ?? q3;
  return { q1, median: at(0.5), q3, lowerfence, upperfence };
}

export function timelineReachChart(result: TimelineResult, options: { grouping?: Grouping } = {}): Figure {
  const grouping = timelineGrouping(result, options.grouping);
  const perArticle = grouping.unit === "article";
  const published = new Map(result.articles.filter((a) => a.published).map((a) => [a.article, a.published!]));
  const reach = new Map<string, Array<{ days: number; hover: string }>>();
  for (const m of result.mentions) {
    const pub = published.get(m.article);
    if (!pub || !m.resolvedStart) continue;
    const row = grouping.groupOf.get(m.article) ?? m.article;
    const d = days(m.resolvedStart, pub);
    const list = reach.get(row) ?? [];
    list.push({ days: d, hover: perArticle ? `${esc(m.text)} = ${esc(m.value)} (${d} days)` : "" });
    reach.set(row, list);
  }
  const { shown, rest } = topRows(grouping.groups.filter((g) => reach.has(g.key)), MAX_ROWS);
  const colors = rankedColors(grouping.groups.map((g) => g.key));
  const label = (key: string) => esc(grouping.groupLabel.get(key) ?? key);
  let data: Figure["data"];
  if (perArticle) {
    data = shown.map((g) => {
      const list = reach.get(g.key)!;
      return {
        type: "box", boxpoints: "all", jitter: 0.3, pointpos: 0, orientation: "h", name: label(g.key),
        x: list.map((r) => r.days), y: list.map(() => g.key),
        marker: { color: colors.color(g.key) }, line: { color: colors.color(g.key) }, fillcolor: TRANSPARENT,
        text: list.map((r) => `<b>${label(g.key)}</b>: ${r.hover}<br><i>${esc(g.key)}</i>`),
        hoverinfo: "text",
      };
    });
  } else {
    const stats = shown.map((g) => boxStats(reach.get(g.key)!.map((r) => r.days).sort((a, b) => a - b)));
    data = [{
      type: "box", orientation: "h", name: unitNoun(grouping.unit, true),
      y: shown.map((g) => g.key),
      q1: stats.map((s) => s.q1), median: stats.map((s) => s.median), q3: stats.map((s) => s.q3),
      lowerfence: stats.map((s) => s.lowerfence), upperfence: stats.map((s) => s.upperfence),
      marker: { color: colors.color(shown[0]?.key ?? "") }, line: { color: colors.color(shown[0]?.key ?? "") },
    }];
  }
  const more = moreNote(rest, unitNoun(grouping.unit, true), "timeline-mentions");
  const n = shown.length;
  return figure(data, baseLayout(perArticle ? "How far back each article reaches" : `How far back each ${unitNoun(grouping.unit)}'s articles reach`, {
    xaxis: axis("Days from publication to the date mentioned (negative = before)"),
    yaxis: categoryAxis(shown.map((g) => g.key), shown.map((g) => label(g.key)), { autorange: "reversed" }),
    height: heightForRows(n, { rowPx: n <= 12 ? 44 : ROW_PX + 4 }),
    showlegend: false,
    ...(more ? { annotations: [more] } : {}),
  }));
}
