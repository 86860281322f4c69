import type { Figure } from "./figure";
import { baseLayout, figure } from "./theme";
import { escapeLabel } from "./hover";
import type { QuoteResult } from "../quotes/types";

/** What the quote charts need to know of each article (in the order to show them). */
export interface QuoteArticleInfo {
  id: string;
  title: string | null;
  outlet: string;
  published: string | null;
}

const UNATTRIBUTED = "(no speaker found)";

/**
 * Speakers × articles: each cell is the share of the article's quoted words (speech and partial
 * quotes) that the speaker says. A column sums to 100%: who gets the voice in each article. The
 * last row collects quoted words with no speaker found, so nothing is silently left out.
 */
export function quotesSpeakerHeatmap(result: QuoteResult, articles: QuoteArticleInfo[], maxSpeakers = 15, title = "Who is quoted in each article (share of quoted words)"): Figure {
  const ids = articles.map((a) => a.id);
  const speech = result.quotes.filter((q) => q.kind === "speech" || q.kind === "partial");
  const speakers = result.speakers.slice(0, maxSpeakers).map((s) => s.name);
  const hasUnattributed = speech.some((q) => !q.speaker);
  const rows = hasUnattributed ? [...speakers, UNATTRIBUTED] : speakers;
  const totals = new Map(ids.map((id) => [id, 0]));
  const words = new Map<string, { words: number; quotes: number }>();
  for (const q of speech) {
    totals.set(q.article, (totals.get(q.article) ?? 0) + q.words);
    const key = `${q.speaker ?? UNATTRIBUTED}\u0000${q.article}`;
    const cell = words.get(key) ?? { words: 0, quotes: 0 };
    cell.words += q.words;
    cell.quotes += 1;
    words.set(key, cell);
  }
  const z = rows.map((s) => ids.map((id) => {
    const cell = words.get(`${s}\u0000${id}`);
    const total = totals.get(id) ?? 0;
    return cell && total > 0 ? Math.round((cell.words / total) * 1000) / 1000 : null;
  }));
  const text = rows.map((s) => ids.map((id) => {
    const cell = words.get(`${s}\u0000${id}`);
    const total = totals.get(id) ?? 0;
    if (!cell) return `${escapeLabel(s)} is not quoted in ${escapeLabel(id)}`;
    return `${escapeLabel(s)} in ${escapeLabel(id)}: ${Math.round((cell.words / total) * 100)}% of its quoted words<br>${cell.words} of ${total} words, ${cell.quotes} quote${cell.quotes === 1 ? "" : "s"}`;
  }));
  return figure(
    [{
      type: "heatmap", x: ids, y: rows.map(escapeLabel), z, text, hovertemplate: "%{text}<extra></extra>",
      zmin: 0, zmax: 1, colorscale: [[0, "#f7f7f7"], [0.25, "#fdd49e"], [1, "#b30000"]],
      colorbar: { title: { text: "share" }, tickformat: ".0%" }, texttemplate: "%{z:.0%}", xgap: 2, ygap: 2,
    }],
    {
      ...baseLayout(title),
      xaxis: { title: { text: "article" }, automargin: true, side: "bottom" },
      yaxis: { title: { text: "speaker" }, automargin: true, autorange: "reversed" },
      height: Math.max(320, 90 + 28 * rows.length),
    },
  );
}
