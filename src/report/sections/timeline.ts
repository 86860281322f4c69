import type { ReportSection, SectionOutput } from "../section";
import { timelineUnits } from "../../timeline/units";
import { corpusOverlap, corpusTimeline } from "../shared-results";
import { syndicationClusters, type SyndicationCluster } from "../../overlap/clusters";
import { mentionWindow, timelineChart } from "../../charts/timeline";
import { unitNoun } from "../../grouping/unit";
import { rankEvents, reportedBy, severalSources, timelineEventsChart } from "../../charts/timeline-events";
import { timelineReachChart } from "../../charts/timeline-reach";
import { escapeHtml as esc } from "../../render/html";

/** Items an intro names before it counts the rest. */
const INTRO_LIST = 10;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** "a, b and 3 more": a list for prose, capped. */
function listed(items: string[], max = INTRO_LIST): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest.toLocaleString("en-US")} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` : shown.join("");
}

/** The sentence that says which articles were counted as one source (a store's report says it too). */
export function clusterSentence(clusters: SyndicationCluster[], label: (id: string) => string): string {
  if (!clusters.length) return "No article copies or rewrites another, so every article counts as its own source.";
  const largest = clusters[0];
  const names = listed(largest.articles.map((a) => `<i>${esc(label(a))}</i>`), 3);
  return `Articles that copy or rewrite one another count as one source: ${plural(clusters.length, "group")} of copies` +
    (clusters.length === 1 ? ` (${names}).` : `, the largest of ${largest.articles.length} articles (${names}).`);
}

/** The reported timeline: dates per unit, events reported by independent sources, conflicts, how far back each reaches. */
export const timelineSection: ReportSection = {
  id: "timeline",
  title: "Timeline: the dates each article reports",
  build(ctx): SectionOutput {
    // copies are found by the overlap analysis; the overlap section stores it under this key
    const clusters = syndicationClusters(corpusOverlap(ctx).pairs);
    const result = corpusTimeline(ctx);
    const g = ctx.grouping;
    const label = (id: string) => g.articleLabel.get(id) ?? id;
    const noun = unitNoun(g.unit);
    const multi = result.events.filter((e) => e.articles.length > 1);
    const several = severalSources(result.events);
    const copiesOnly = multi.length - several.length;
    const conflicts = several.filter((e) => e.conflict);
    const dated = result.mentions.filter((m) => m.resolvedStart).length;
    const window = mentionWindow(result);
    const outsideDates = window ? new Set(window.outside.map((m) => m.value)).size : 0;
    const outside = new Set(window?.outside ?? []);
    const windowSentence = window && window.outside.length
      ? ` Most of them fall between ${window.from} and ${window.to}, where the chart opens; ${plural(window.outside.length, "mention")} of ${plural(outsideDates, "date")} lie outside it (the chart lists the farthest and the most mentioned; all are in the CSV).`
      : "";
    const intro =
      `<p>${plural(result.mentions.length, "time expression")} found, ${dated.toLocaleString("en-US")} of them calendar dates resolved against each article's publication date ` +
      `(bare weekdays and months are read as the latest one unless the sentence points forward).${windowSentence}</p>` +
      `<p>${plural(several.length, "event")} ${several.length === 1 ? "is" : "are"} reported by at least two independent sources` +
      (copiesOnly > 0 ? `; ${plural(copiesOnly, "more event")} ${copiesOnly === 1 ? "is" : "are"} repeated only by copies of one source` : "") +
      (several.length ? (conflicts.length ? `; <b>${plural(conflicts.length, "event")} ${conflicts.length === 1 ? "is" : "are"} placed on different dates</b>.` : "; no source places one of them on a different date.") : ".") +
      ` ${clusterSentence(clusters, label)}</p>`;
    const unitRows = g.unit === "article" ? "One row per article" : `One row per ${noun}, its articles' dates together (a larger dot: the day is mentioned more often)`;
    const ranked = rankEvents(multi);
    return {
      intro,
      charts: [
        {
          name: "timeline", title: g.unit === "article" ? "Dates each article reports" : `Dates each ${noun} reports`,
          caption: `${unitRows}. A dot is a day, a bar a week, month, quarter or year; ◆ marks the publication date (hollow when estimated). The chart opens on the dates most mentions fall in; the dates outside are listed under it. Hover for the sentence.`,
          figure: timelineChart(result, { grouping: g, window }),
        },
        {
          name: "timeline-events", title: "Events reported by several independent sources",
          caption: `One row per event, with how many articles and independent sources report it (copies of one another count once); a mark per ${noun} at the date it gives. ⚠ and red outlines flag conflicts.`,
          figure: timelineEventsChart(result, { grouping: g }),
        },
        {
          name: "timeline-reach", title: g.unit === "article" ? "How far back each article reaches" : `How far back each ${noun} reaches`,
          caption: g.unit === "article" ? "Days between publication and each date mentioned." : `Days between publication and each date mentioned, as a box per ${noun}: the middle half of its articles' dates, the line at the median.`,
          figure: timelineReachChart(result, { grouping: g }),
        },
      ],
      tables: [
        {
          name: "timeline-mentions", title: "Every date mentioned",
          caption: "in_window: whether the date lies in the window the chart opens on (empty for durations, sets and unplaced dates).",
          rows: result.mentions.map((m) => ({
            label: label(m.article), article: m.article, outlet: m.outlet, start: m.start, end: m.end, text: m.text, type: m.type, value: m.value,
            mod: m.mod ?? null, resolved_start: m.resolvedStart ?? null, resolved_end: m.resolvedEnd ?? null,
            in_window: m.resolvedStart && window ? !outside.has(m) : null, sentence: m.sentence,
          })),
          showRows: 25,
        },
        {
          name: "timeline-events", title: "Events reported by more than one article",
          caption: "Best attested first: most independent sources (articles that copy or rewrite one another count as one), fewer when some of its articles give another date.",
          rows: ranked.map((e) => ({
            event: e.id, date: e.value, reported_by: reportedBy(e), sources: e.sources ?? null, conflict: Boolean(e.conflict),
            articles: e.articles.map(label).join("; "), article_ids: e.articles.join(", "), outlets: e.outlets.join(", "), sentence: e.label,
          })),
        },
      ],
      results: { ...result, unit: g.unit, units: timelineUnits(result, g) },
    };
  },
};
