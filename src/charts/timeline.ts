/**
 * The reported timeline: date on x, one row per unit — an article when there are a few, an outlet or
 * a story beyond (the report's grouping) — a mark per date mentioned (a dot for a day, a bar across
 * the days for a week, month, quarter, season or year) and a diamond at each publication date.
 *
 * The chart opens on the window that holds most of the corpus's dated mentions: one "1987
 * bestseller" in a story told over three weeks would otherwise squeeze the whole story onto one
 * tick. The dates outside the window stay in the figure (double-click to see them all) and in the
 * CSV, and the chart lists the most mentioned of them under the axis.
 */
import { unitNoun } from "../grouping/unit";
import type { Figure } from "./figure";
import type { TimelineResult } from "../timeline/analyse";
import { clauseAround } from "../timeline/events";
import { defaultGrouping, topRows, type Grouping } from "../grouping/groups";
import { shortTitle } from "../grouping/labels";
import { axis, baseLayout, figure, rankedColors, INK_COLOR, OUTLINE_COLOR } from "./theme";
import { categoryAxis, heightForRows, MAX_ROWS, moreNote, ROW_PX } from "./layout";
import { escapeLabel as esc } from "./hover";
import { nextPeriod, periodDays, periodKey, type DateBin } from "./periods";

type Mention = TimelineResult["mentions"][number];

/** Hover text keeps about this many characters of a sentence. */
export const HOVER_CHARS = 160;
/** Share of the corpus's dated points the opening window holds (the central 90%). */
export const WINDOW_SHARE = 0.9;
/** Dates outside the window listed under the chart (the most mentioned first). */
export const MAX_OUTLIERS_LISTED = 6;

const DAY_MS = 86_400_000;
const ms = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A sentence cut to HOVER_CHARS at a word boundary, with "…" when cut. */
export function clipSentence(s: string, max = HOVER_CHARS): string {
  const flat = s.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

const wrap = (s: string, n = 80) => s.replace(new RegExp(`(.{1,${n}})(\\s+|$)`, "g"), "$1<br>").replace(/<br>$/, "");

/**
 * The grouping the timeline charts draw: the one given (the report's), else one made from the
 * result's articles (no titles there, so labels are outlet · day · a named id): per article for a
 * few, per outlet beyond.
 */
export function timelineGrouping(result: TimelineResult, grouping?: Grouping): Grouping {
  return grouping ?? defaultGrouping(result.articles.map((a) => ({ id: a.article, title: null, outlet: a.outlet, published: a.published })));
}

export interface DateWindow {
  /** first and last day shown (YYYY-MM-DD) */
  from: string;
  to: string;
  /** dated mentions lying wholly outside it (still drawn, off screen, and in the CSV) */
  outside: Mention[];
}

/**
 * The window that holds most of the corpus's dated mentions: the central `share` of its points in
 * time — days, weeks and months mentioned (at their middle) and publication dates — padded by 8% of
 * its width (at least 3 days) on each side. Years, seasons and longer periods are background: they
 * do not widen the window, and are drawn where they cross it. Null when nothing is dated.
 */
export function mentionWindow(result: TimelineResult, share = WINDOW_SHARE): DateWindow | null {
  const dated = result.mentions.filter((m) => m.resolvedStart && m.resolvedEnd);
  if (!dated.length) return null;
  const middle = (m: Mention) => (ms(m.resolvedStart!) + ms(m.resolvedEnd!)) / 2;
  const points = dated.filter((m) => ms(m.resolvedEnd!) - ms(m.resolvedStart!) < 7 * DAY_MS).map(middle);
  for (const a of result.articles) if (a.published) points.push(ms(a.published));
  const range = centralWindow(points.length ? points : dated.map(middle), share);
  if (!range) return null;
  const outside = dated.filter((m) => ms(m.resolvedEnd!) < range.from || ms(m.resolvedStart!) > range.to);
  return { from: iso(range.from), to: iso(range.to), outside };
}

/**
 * The central `share` of points in time (milliseconds), padded by 8% of its width (at least 3
 * days) on each side and widened to whole days. Null for no points.
 */
export function centralWindow(times: number[], share = WINDOW_SHARE): { from: number; to: number } | null {
  const sample = times.filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  if (!sample.length) return null;
  const at = (p: number) => sample[Math.min(sample.length - 1, Math.max(0, Math.round(p * (sample.length - 1))))];
  const lo = at((1 - share) / 2);
  const hi = at(1 - (1 - share) / 2);
  const pad = Math.max(3 * DAY_MS, (hi - lo) * 0.08);
  return { from: Math.floor((lo - pad) / DAY_MS) * DAY_MS, to: Math.ceil((hi + pad) / DAY_MS) * DAY_MS };
}

/**
 * The dates outside the window, one line each (at most `max`, in date order): the farthest before
 * and the farthest after it, then the most mentioned. "◂ 1987: “…a 1987 bestseller…” · Fox News ·
 * 2025-01-25 · Trump… (2 mentions)". `values` counts the distinct dates outside.
 */
export function outsideLines(window: DateWindow, label: (article: string) => string, max = MAX_OUTLIERS_LISTED): { lines: string[]; values: number } {
  const byValue = new Map<string, Mention[]>();
  for (const m of window.outside) {
    const list = byValue.get(m.value);
    if (list) list.push(m);
    else byValue.set(m.value, [m]);
  }
  const from = ms(window.from);
  const before = (list: Mention[]) => ms(list[0].resolvedEnd!) < from;
  const byDate = [...byValue.values()].sort((a, b) => ms(a[0].resolvedStart!) - ms(b[0].resolvedStart!));
  const picked = new Set<Mention[]>();
  const first = byDate.find(before);
  const last = [...byDate].reverse().find((l) => !before(l));
  for (const l of [first, last]) if (l && picked.size < max) picked.add(l);
  for (const l of [...byDate].sort((a, b) => b.length - a.length)) if (picked.size < max) picked.add(l);
  const lines = byDate.filter((l) => picked.has(l)).map((list) => {
    const m = list[0];
    const more = list.length > 1 ? ` (${list.length} mentions)` : "";
    return `${before(list) ? "◂" : "▸"} ${esc(m.value)}: “${esc(clauseAround(m, 56))}” · ${esc(shortTitle(label(m.article), 36))}${more}`;
  });
  return { lines, values: byValue.size };
}

/**
 * The resolution per group: days while the window is about a year at most, weeks up to four years,
 * months beyond (at 1,000 px, eight years leave a third of a pixel per day).
 */
export function groupBin(window: { from: string; to: string } | null): DateBin {
  if (!window) return "month";
  const days = (ms(window.to) - ms(window.from)) / DAY_MS;
  return days <= 400 ? "day" : days <= 1500 ? "week" : "month";
}

/** The middle day of a bin, where its mark sits. */
function binMiddle(start: string, bin: DateBin): string {
  return bin === "day" ? start : iso(ms(start) + Math.floor(periodDays(start, bin) / 2) * DAY_MS);
}

/** A bin as the hover names it: the day, "week of 2016-11-07", or the month "2016-11". */
function binName(start: string, bin: DateBin): string {
  return bin === "day" ? start : bin === "week" ? `week of ${start}` : start.slice(0, 7);
}

interface Mark {
  row: string;
  start: string;
  end: string;
  colorKey: string;
  hover: string;
  count: number;
}

export interface TimelineChartOptions {
  /** leave out mentions that end before this day */
  from?: string;
  /** the unit and labels to draw (the report's grouping); default: from the result */
  grouping?: Grouping;
  /** the window to open on; default mentionWindow(result); null shows every date */
  window?: DateWindow | null;
}

export function timelineChart(result: TimelineResult, options: TimelineChartOptions = {}): Figure {
  const grouping = timelineGrouping(result, options.grouping);
  const perArticle = grouping.unit === "article";
  const { shown, rest } = topRows(grouping.groups, MAX_ROWS);
  const rows = new Set(shown.map((g) => g.key));
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  const info = new Map(result.articles.map((a) => [a.article, a]));
  const rowOf = (article: string) => grouping.groupOf.get(article) ?? article;
  // colours: per article, the outlet's (an article with none keeps its own); per group, the group's
  const colorKeyOf = (article: string) => {
    if (!perArticle) return rowOf(article);
    const o = info.get(article)?.outlet;
    return o && o !== "unknown" ? o : article;
  };
  const ranked = new Map<string, number>();
  for (const a of result.articles) ranked.set(colorKeyOf(a.article), (ranked.get(colorKeyOf(a.article)) ?? 0) + 1);
  const colors = rankedColors(perArticle ? [...ranked].sort((x, y) => y[1] - x[1]).map(([k]) => k) : grouping.groups.map((g) => g.key));

  const window = options.window === undefined ? mentionWindow(result) : options.window;
  // per group, the figure holds what the window shows (a thousand articles' dates outside it would
  // weigh megabytes); the dates outside are listed under the chart and are all in the CSV. Per
  // article it holds every date: double-click shows them.
  const outside = new Set(perArticle ? [] : window?.outside ?? []);
  const mentions = result.mentions.filter((m) => m.resolvedStart && m.resolvedEnd && rows.has(rowOf(m.article)) && !outside.has(m) && (!options.from || m.resolvedEnd >= options.from));
  // short row keys: a row's key is repeated for every mark
  const yOf = new Map(shown.map((g, i) => [g.key, `r${i + 1}`]));
  const bin = groupBin(window);
  const marks: Mark[] = [];
  if (perArticle) {
    for (const m of mentions) {
      marks.push({
        row: yOf.get(rowOf(m.article))!, start: m.resolvedStart!, end: m.resolvedEnd!, colorKey: colorKeyOf(m.article), count: 1,
        hover: `<b>${esc(label(m.article))}</b> · ${esc(m.text)} = ${esc(m.value)}${m.mod ? ` (${m.mod})` : ""}<br>${wrap(esc(clipSentence(m.sentence)))}<br><i>${esc(m.article)}</i>`,
      });
    }
  } else {
    // one mark per group and period: a thousand articles mention the same days again and again;
    // and over years a day is under a pixel, so days (and periods within one bin) go by week or month
    const cells = new Map<string, { first: Mention; start: string; end: string; count: number; articles: Set<string> }>();
    for (const m of mentions) {
      const start = periodKey(m.resolvedStart!, bin);
      const point = ms(m.resolvedEnd!) < ms(nextPeriod(start, bin));
      const [s0, e0] = point ? [binMiddle(start, bin), binMiddle(start, bin)] : [m.resolvedStart!, m.resolvedEnd!];
      const key = `${rowOf(m.article)}\u0000${s0}\u0000${e0}`;
      const c = cells.get(key);
      if (c) {
        c.count++;
        c.articles.add(m.article);
      } else cells.set(key, { first: m, start: s0, end: e0, count: 1, articles: new Set([m.article]) });
    }
    for (const c of cells.values()) {
      const m = c.first;
      const row = rowOf(m.article);
      const n = c.articles.size;
      const point = c.start === c.end;
      const when = point ? binName(periodKey(c.start, bin), bin) : m.value;
      // plain text: a tag costs 25 bytes in the page, and a thousand articles make thousands of marks
      const head = `${esc(grouping.groupLabel.get(row) ?? row)} · ${esc(when)}: ${c.count} mention${c.count === 1 ? "" : "s"} in ${n} article${n === 1 ? "" : "s"}`;
      // a period's hover sits on both its ends: the count alone; a day's gives an example
      marks.push({ row: yOf.get(row)!, start: c.start, end: c.end, colorKey: row, count: c.count, hover: point ? `${head}<br>e.g. “${esc(clauseAround(m, 44))}”` : head });
    }
  }

  const data: Figure["data"] = [];
  const byColor = new Map<string, Mark[]>();
  for (const mk of marks) {
    const name = colors.legendName(mk.colorKey);
    const list = byColor.get(name);
    if (list) list.push(mk);
    else byColor.set(name, [mk]);
  }
  // periods under the days: a year mentioned by a hundred articles must not hide the days
  const dayTraces: Figure["data"] = [];
  for (const [name, list] of byColor) {
    const color = colors.color(list[0].colorKey);
    const spans = list.filter((mk) => mk.start !== mk.end);
    const days = list.filter((mk) => mk.start === mk.end);
    if (spans.length) {
      data.push({
        type: "scatter", mode: "lines", name: `${name} (periods)`, showlegend: false,
        x: spans.flatMap((mk) => [mk.start, mk.end, null]),
        y: spans.flatMap((mk) => [mk.row, mk.row, null]),
        line: { color, width: perArticle ? 10 : 6 }, opacity: perArticle ? 0.35 : 0.2,
        text: spans.flatMap((mk) => [mk.hover, mk.hover, null]), hoverinfo: "text",
      });
    }
    if (days.length) {
      dayTraces.push({
        type: "scatter", mode: "markers", name,
        x: days.map((mk) => mk.start), y: days.map((mk) => mk.row),
        marker: { color, size: perArticle ? 10 : days.map((mk) => Math.round(7 + Math.min(9, 2 * Math.sqrt(mk.count)))), line: { color: OUTLINE_COLOR, width: 1 } },
        text: days.map((mk) => mk.hover), hoverinfo: "text",
      });
    }
  }
  // publication dates: one diamond per row and day (per group: and bin), hollow when every article of it was estimated
  const published = new Map<string, { row: string; day: string; articles: string[]; estimated: boolean }>();
  for (const a of result.articles) {
    if (!a.published || !rows.has(rowOf(a.article))) continue;
    const day = perArticle ? a.published : periodKey(a.published, bin);
    const key = `${rowOf(a.article)}\u0000${day}`;
    const p = published.get(key) ?? { row: yOf.get(rowOf(a.article))!, day, articles: [], estimated: true };
    p.articles.push(a.article);
    p.estimated &&= a.estimated;
    published.set(key, p);
  }
  const pubs = [...published.values()];
  data.push(...dayTraces);
  if (pubs.length) {
    data.push({
      type: "scatter", mode: "markers", name: "published",
      x: pubs.map((p) => (perArticle ? p.day : binMiddle(p.day, bin))), y: pubs.map((p) => p.row),
      marker: { symbol: pubs.map((p) => (p.estimated ? "diamond-open" : "diamond")), size: perArticle ? 13 : 8, color: INK_COLOR },
      text: pubs.map((p) => perArticle
        ? `<b>${esc(label(p.articles[0]))}</b> published ${p.day}${p.estimated ? " (estimated)" : ""}<br><i>${esc(p.articles[0])}</i>`
        : `${esc(grouping.groupLabel.get(grouping.groupOf.get(p.articles[0]) ?? "") ?? "")}: ${p.articles.length} article${p.articles.length === 1 ? "" : "s"} published ${bin === "day" ? "" : "in "}${binName(p.day, bin)}${p.estimated ? " (estimated)" : ""}`),
      hoverinfo: "text",
    });
  }

  const listed = window && window.outside.length ? outsideLines(window, label) : null;
  const annotations: Array<Record<string, unknown>> = [];
  const more = moreNote(rest, unitNoun(grouping.unit, true), "timeline-mentions");
  if (more) annotations.push(more);
  let listPx = 0;
  if (listed) {
    const n = window!.outside.length;
    const where = perArticle ? "double-click the chart to see them; all are in the CSV" : "all are in the CSV";
    const head = `<b>${n.toLocaleString("en-US")} mention${n === 1 ? "" : "s"} of ${listed.values.toLocaleString("en-US")} date${listed.values === 1 ? "" : "s"} outside ${window!.from} – ${window!.to}</b> (${where})`;
    const tail = listed.values > listed.lines.length ? [`… and ${(listed.values - listed.lines.length).toLocaleString("en-US")} more dates`] : [];
    const lines = [head, ...listed.lines, ...tail];
    listPx = 18 * lines.length + 16;
    annotations.push({
      text: lines.join("<br>"), align: "left", showarrow: false,
      xref: "paper", yref: "paper", x: 0, y: 0, xanchor: "left", yanchor: "top", yshift: -64,
      font: { size: 12, color: INK_COLOR },
    });
  }
  const n = shown.length;
  return figure(data, baseLayout(perArticle ? "Dates each article reports" : `Dates each ${unitNoun(grouping.unit)}'s articles report`, {
    xaxis: axis("Date reported (resolved against the publication date, ◆)", { type: "date", ...(window ? { range: [window.from, window.to] } : {}) }),
    yaxis: categoryAxis(shown.map((g) => yOf.get(g.key)!), shown.map((g) => esc(g.label)), { autorange: "reversed" }),
    height: heightForRows(n, { rowPx: n <= 12 ? 44 : ROW_PX + 4, chrome: 170 + listPx }),
    margin: { l: 70, r: 30, t: 60, b: 70 + listPx },
    showlegend: false,
    hovermode: "closest",
    annotations,
  }));
}

