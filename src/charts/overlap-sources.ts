import type { Figure } from "./figure";
import { axis, baseLayout, figure, OTHER_LABEL, rankedColors, RELATION_STYLE } from "./theme";
import { categoryAxis, heightForRows, MAX_LEGEND, MAX_ROWS, moreNote } from "./layout";
import { escapeLabel as esc } from "./hover";
import { cut, overlapGrouping, unitNoun } from "./overlap-labels";
import type { OverlapResult } from "../overlap/index";
import { unitOverlap } from "../overlap/by-unit";
import { topRows, type Grouping } from "../grouping/groups";
import type { Relation } from "../overlap/relation";

export interface OverlapSourcesOptions {
  grouping?: Grouping;
  title?: string;
  /** the CSV holding every row, named in the "N more" note */
  table?: string;
  words?: (id: string) => number | undefined;
}

/** Characters of a legend entry. */
const LEGEND_CHARS = 40;
/** Up to this many articles, each other article is a segment with its own colour and legend entry. */
export const SEGMENT_ARTICLES = MAX_LEGEND - 1;

/**
 * Where each article's (outlet's, story's) text is also found: one horizontal stacked bar per row.
 * Per article: one segment per other article, the share of the row article's words aligned with it
 * (segments can add up past 100% when several others carry the same passage). Per outlet (day,
 * story): each article's best match anywhere, attributed to that match's unit and weighted by words
 * (overlap/by-unit.ts `found`), so a bar is the share of the unit's words found in another article,
 * split by where. Rows without any shared text are left out; at most MAX_ROWS rows, most shared first
 * chosen, shown in the grouping's order.
 */
export function overlapSources(r: OverlapResult, options: OverlapSourcesOptions = {}): Figure {
  const grouping = overlapGrouping(r, options.grouping);
  if (grouping.unit === "article" && grouping.groups.length > SEGMENT_ARTICLES) return bestMatches(r, grouping, options);
  const rowKeys = grouping.groups.map((g) => g.key);
  // value[row][segment key]
  const values = new Map<string, Map<string, number>>();
  const add = (row: string, seg: string, v: number) => {
    if (v <= 0) return;
    let m = values.get(row);
    if (!m) values.set(row, (m = new Map()));
    m.set(seg, (m.get(seg) ?? 0) + v);
  };
  if (grouping.unit === "article") {
    for (const p of r.pairs) {
      add(p.a, p.b, p.shared_a);
      add(p.b, p.a, p.shared_b);
    }
  } else {
    const u = unitOverlap(r, grouping, options.words);
    u.found.forEach((row, i) => row.forEach((v, j) => add(u.units[i].key, u.units[j].key, v)));
  }
  const total = (k: string) => [...(values.get(k)?.values() ?? [])].reduce((s, v) => s + v, 0);
  const withText = rowKeys.filter((k) => total(k) > 0);
  const keep = new Set([...withText].sort((x, y) => total(y) - total(x)).slice(0, MAX_ROWS));
  const rows = withText.filter((k) => keep.has(k));
  const label = (k: string) => grouping.groupLabel.get(k) ?? k;
  // the legend names the units that carry the most of the drawn rows' text (the rest: "other")
  const carried = new Map<string, number>();
  for (const row of rows) for (const [seg, v] of values.get(row)!) carried.set(seg, (carried.get(seg) ?? 0) + v);
  const colors = rankedColors([...carried].sort((x, y) => y[1] - x[1] || rowKeys.indexOf(x[0]) - rowKeys.indexOf(y[0])).map(([k]) => k), MAX_LEGEND - 1);
  // one trace per named segment key, one for "other" (the legend stays at MAX_LEGEND entries)
  const segments = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const [seg, v] of values.get(row)!) {
      const name = colors.named.has(seg) ? seg : OTHER_LABEL;
      if (!segments.has(name)) segments.set(name, rows.map(() => 0));
      segments.get(name)![i] += v;
    }
  });
  const noun = unitNoun(grouping.unit);
  const order = [...rowKeys.filter((k) => segments.has(k)), ...(segments.has(OTHER_LABEL) ? [OTHER_LABEL] : [])];
  const data = order.map((seg) => {
    const x = segments.get(seg)!;
    const where = seg === OTHER_LABEL ? `other ${unitNoun(grouping.unit, 2)}` : label(seg);
    return {
      type: "bar", orientation: "h", name: esc(seg === OTHER_LABEL ? OTHER_LABEL : cut(label(seg), LEGEND_CHARS)), y: rows, x,
      marker: { color: seg === OTHER_LABEL ? colors.color("") : colors.color(seg) },
      hovertext: rows.map((row, i) => `${Math.round(x[i] * 100)}% of ${esc(label(row))}${grouping.unit === "article" ? "" : "'s words"} found in ${esc(row === seg ? "its own other articles" : where)}`),
      hovertemplate: "%{hovertext}<extra></extra>",
    };
  }).filter((t) => t.x.some((v) => v > 0));
  const note = moreNote(withText.length - rows.length, unitNoun(grouping.unit, withText.length - rows.length), options.table);
  return figure(
    data,
    {
      ...baseLayout(options.title ?? `Where each ${noun}'s text is also found`),
      barmode: "stack",
      height: heightForRows(rows.length),
      xaxis: axis(grouping.unit === "article" ? "share of the article's words" : `share of the ${noun}'s words`, { tickformat: ".0%", rangemode: "tozero" }),
      yaxis: categoryAxis(rows, rows.map((k) => esc(label(k))), { autorange: "reversed" }),
      legend: { title: { text: "found in" }, traceorder: "normal" },
      ...(note ? { annotations: [note] } : {}),
    },
    `No ${noun}'s text is found in another article.`,
  );
}

/**
 * Per article, past SEGMENT_ARTICLES articles: one bar, the share of its words found in its closest
 * other article, coloured by the relation of that pair (a legend of articles would not fit). The
 * articles with the most found first, at most MAX_ROWS.
 */
function bestMatches(r: OverlapResult, grouping: Grouping, options: OverlapSourcesOptions): Figure {
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  const best = new Map<string, { match: string; share: number; relation: Relation }>();
  const consider = (id: string, match: string, share: number, relation: Relation) => {
    const old = best.get(id);
    if (share > 0 && (!old || share > old.share)) best.set(id, { match, share, relation });
  };
  for (const p of r.pairs) {
    consider(p.a, p.b, p.shared_a, p.relation);
    consider(p.b, p.a, p.shared_b, p.relation);
  }
  const ranked = [...best].sort((x, y) => y[1].share - x[1].share);
  const { shown, rest } = topRows(ranked, MAX_ROWS);
  const rows = shown.map(([id]) => id);
  const data = RELATIONS.filter((rel) => shown.some(([, b]) => b.relation === rel)).map((rel) => {
    const mine = shown.filter(([, b]) => b.relation === rel);
    return {
      type: "bar", orientation: "h", name: rel, y: mine.map(([id]) => id), x: mine.map(([, b]) => b.share),
      marker: { color: RELATION_STYLE[rel].color },
      hovertext: mine.map(([id, b]) => `${Math.round(b.share * 100)}% of ${esc(label(id))}<br>found in ${esc(label(b.match))} (${rel})`),
      hovertemplate: "%{hovertext}<extra></extra>",
    };
  });
  const note = moreNote(rest, unitNoun("article", rest), options.table);
  return figure(
    data,
    {
      ...baseLayout(options.title ?? "Where each article's text is also found: its closest other article"),
      barmode: "stack",
      height: heightForRows(rows.length),
      xaxis: axis("share of the article's words found in its closest other article", { tickformat: ".0%", rangemode: "tozero", range: [0, 1] }),
      yaxis: categoryAxis(rows, rows.map((id) => esc(label(id))), { autorange: "reversed" }),
      showlegend: true,
      legend: { title: { text: "relation" }, traceorder: "normal" },
      ...(note ? { annotations: [note] } : {}),
    },
    "No article's text is found in another article.",
  );
}

const RELATIONS: Relation[] = ["copy", "rewrite", "shared passage", "shared quotes", "same story"];
