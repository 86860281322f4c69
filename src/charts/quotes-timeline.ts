import type { Figure } from "./figure";
import { axis, baseLayout, colorScale, figure } from "./theme";
import { escapeLabel } from "./hover";
import type { QuoteResult } from "../quotes/types";
import type { QuoteArticleInfo } from "./quotes-speakers";

/**
 * Quotes per speaker over publication dates: one line per speaker (the most quoted ones), a point
 * per publication day with the number of quotes the articles of that day give the speaker. Articles
 * without a publication date cannot be placed; the subtitle says how many were left out.
 */
export function quotesOverTime(result: QuoteResult, articles: QuoteArticleInfo[], maxSpeakers = 8, title = "Quotes per speaker by publication date"): Figure {
  const day = new Map(articles.map((a) => [a.id, a.published ? a.published.slice(0, 10) : null]));
  const undated = articles.filter((a) => !a.published).length;
  const speakers = result.speakers.slice(0, maxSpeakers).map((s) => s.name);
  const colour = colorScale(speakers);
  const data = speakers.map((name) => {
    const byDay = new Map<string, { quotes: number; words: number; articles: Set<string> }>();
    for (const q of result.quotes) {
      const d = day.get(q.article);
      if (q.speaker !== name || !d) continue;
      const cell = byDay.get(d) ?? { quotes: 0, words: 0, articles: new Set<string>() };
      cell.quotes++;
      cell.words += q.words;
      cell.articles.add(q.article);
      byDay.set(d, cell);
    }
    const days = [...byDay.keys()].sort();
    return {
      type: "scatter", mode: "lines+markers", name: escapeLabel(name),
      x: days, y: days.map((d) => byDay.get(d)!.quotes),
      text: days.map((d) => {
        const c = byDay.get(d)!;
        return `${escapeLabel(name)}, ${d}: ${c.quotes} quote${c.quotes === 1 ? "" : "s"} (${c.words} words)<br>in ${[...c.articles].map(escapeLabel).join(", ")}`;
      }),
      hovertemplate: "%{text}<extra></extra>",
      marker: { size: 9, color: colour(name) }, line: { color: colour(name), width: 2 },
    };
  });
  const subtitle = undated > 0 ? `<br><sup>${undated} article${undated === 1 ? "" : "s"} without a publication date not shown</sup>` : "";
  return figure(data, {
    ...baseLayout(title + subtitle),
    xaxis: axis("publication date", { type: "date", tickformat: "%d %b %Y" }),
    yaxis: axis("quotes", { rangemode: "tozero", tickformat: "d" }),
    legend: { title: { text: "speaker" } },
  });
}
