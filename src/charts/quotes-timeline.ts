import type { Figure } from "./figure";
import { axis, baseLayout, figure, rankedColors } from "./theme";
import { escapeLabel } from "./hover";
import { MAX_LEGEND } from "./layout";
import type { QuoteResult } from "../quotes/types";
import { shortTitle } from "../grouping/labels";
import type { Grouping } from "../grouping/groups";
import { quoteGrouping, type QuoteArticleInfo } from "./quotes-speakers";
import { dateBin, nextPeriod, periodKey } from "./periods";

/** Speakers drawn as lines: the most quoted, a legend of at most this many names. */
export const MAX_SPEAKER_LINES = 8;
/** Longest speaker name in the legend ("President Barack Obama's spokesman…" is cut). */
const NAME_CHARS = 24;
/** Articles named in a point's hover; the rest are counted. */
const HOVER_ARTICLES = 3;


/**
 * Quotes per speaker over publication dates: one line per speaker (the most quoted ones), a point
 * per publication day — or week, or month, when the articles span months or years — with the number
 * of quotes the articles of that day give the speaker. Articles without a publication date cannot be
 * placed; the subtitle says how many were left out.
 */
export function quotesOverTime(result: QuoteResult, articles: QuoteArticleInfo[], options: { grouping?: Grouping; maxSpeakers?: number; title?: string } = {}): Figure {
  const grouping = quoteGrouping(articles, options.grouping);
  const day = new Map(articles.map((a) => [a.id, a.published ? a.published.slice(0, 10) : null]));
  const undated = articles.filter((a) => !a.published).length;
  const bin = dateBin([...day.values()].filter((d): d is string => !!d));
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  // the bins something was published in: there a speaker not quoted has 0 quotes; between two bins
  // with a gap (nothing published) the line breaks instead of drawing a trend through it
  const published = [...new Set([...day.values()].filter((d): d is string => !!d).map((d) => periodKey(d, bin)))].sort();
  const xs: Array<string | null> = [];
  published.forEach((b, i) => {
    if (i > 0 && nextPeriod(published[i - 1], bin) !== b) xs.push(null);
    xs.push(b);
  });
  // lines only where bins follow one another: across a scatter of single days a line draws a trend
  // that is not there
  const joined = xs.filter((x, i) => x !== null && i > 0 && xs[i - 1] !== null).length;
  const mode = joined * 2 >= published.length ? "lines+markers" : "markers";
  // quotes per speaker and bin, from the dated articles only
  const bins = new Map<string, Map<string, { quotes: number; words: number; articles: Set<string> }>>();
  for (const q of result.quotes) {
    const d = day.get(q.article);
    if (!q.speaker || !d) continue;
    const byBin = bins.get(q.speaker) ?? new Map<string, { quotes: number; words: number; articles: Set<string> }>();
    bins.set(q.speaker, byBin);
    const key = periodKey(d, bin);
    const cell = byBin.get(key) ?? { quotes: 0, words: 0, articles: new Set<string>() };
    cell.quotes++;
    cell.words += q.words;
    cell.articles.add(q.article);
    byBin.set(key, cell);
  }
  // the most quoted speakers that a dated article quotes
  const speakers = result.speakers.map((s) => s.name).filter((n) => bins.has(n)).slice(0, options.maxSpeakers ?? MAX_SPEAKER_LINES);
  const colors = rankedColors(speakers, MAX_LEGEND);
  const data = speakers.map((name) => {
    const byBin = bins.get(name)!;
    return {
      type: "scatter", mode, name: escapeLabel(shortTitle(name, NAME_CHARS)),
      x: xs, y: xs.map((d) => (d === null ? null : byBin.get(d)?.quotes ?? 0)),
      text: xs.map((d) => {
        const c = d === null ? undefined : byBin.get(d);
        // no hover where the speaker is not quoted (no dot is drawn there either)
        if (!c) return null;
        const names = [...c.articles].slice(0, HOVER_ARTICLES).map((a) => escapeLabel(label(a)));
        const more = c.articles.size > HOVER_ARTICLES ? `<br>and ${c.articles.size - HOVER_ARTICLES} more articles` : "";
        return `${escapeLabel(name)}, ${bin === "day" ? d : `${bin} of ${d}`}: ${c.quotes} quote${c.quotes === 1 ? "" : "s"} (${c.words} words)<br>in ${names.join("<br>")}${more}`;
      }),
      hovertemplate: "%{text}<extra></extra>",
      // no dot where the speaker is not quoted: eight speakers at zero would bury the axis
      marker: { size: xs.map((d) => (d !== null && byBin.has(d) ? 8 : 0)), color: colors.color(name) }, line: { color: colors.color(name), width: 2 },
    };
  });
  const subtitle = undated > 0 ? `<br><sup>${undated} article${undated === 1 ? "" : "s"} without a publication date not shown</sup>` : "";
  const per = bin === "day" ? "publication date" : `${bin} of publication`;
  return figure(data, {
    ...baseLayout((options.title ?? (bin === "day" ? "Quotes per speaker by publication date" : `Quotes per speaker per ${bin} of publication`)) + subtitle),
    xaxis: axis(per, { type: "date", tickformat: bin === "month" ? "%b %Y" : "%-d %b %Y" }),
    yaxis: axis("quotes", { rangemode: "tozero", tickformat: "d" }),
    legend: { title: { text: "speaker" } },
  }, "No article with a publication date quotes anyone.");
}
