import type { ReportSection, SectionOutput } from "../section";
import { analyseTimeline } from "../../timeline/analyse";
import { timelineChart } from "../../charts/timeline";
import { timelineEventsChart } from "../../charts/timeline-events";
import { timelineReachChart } from "../../charts/timeline-reach";

/** The reported timeline: dates per article, shared events and conflicts, how far back each reaches. */
export const timelineSection: ReportSection = {
  id: "timeline",
  title: "Timeline: the dates each article reports",
  build(ctx): SectionOutput {
    ctx.progress("timeline: extracting and resolving dates");
    const result = analyseTimeline(ctx.docs);
    const shared = result.events.filter((e) => e.articles.length > 1);
    const conflicts = shared.filter((e) => e.conflict);
    const dated = result.mentions.filter((m) => m.resolvedStart).length;
    return {
      intro:
        `<p>${result.mentions.length} time expressions found, ${dated} of them calendar dates resolved against each article's publication date ` +
        `(bare weekdays and months are read as the latest one unless the sentence points forward). ${shared.length} events are reported by more than one article` +
        (conflicts.length ? `; <b>${conflicts.length} place the same event on different dates</b>.` : "; no article places a shared event on a different date.") + `</p>`,
      charts: [
        { name: "timeline", title: "Dates each article reports", caption: "A dot is a day, a bar a week, month, quarter or year; ◆ marks the publication date (hollow when estimated). Hover for the sentence.", figure: timelineChart(result) },
        { name: "timeline-events", title: "Events reported by several articles", caption: "One row per event; a mark per article at the date it gives. ⚠ and red outlines flag conflicts.", figure: timelineEventsChart(result) },
        { name: "timeline-reach", title: "How far back each article reaches", caption: "Days between publication and each date mentioned.", figure: timelineReachChart(result) },
      ],
      tables: [
        {
          name: "timeline-mentions", title: "Every date mentioned",
          rows: result.mentions.map((m) => ({ article: m.article, outlet: m.outlet, start: m.start, end: m.end, text: m.text, type: m.type, value: m.value, mod: m.mod ?? null, resolved_start: m.resolvedStart ?? null, resolved_end: m.resolvedEnd ?? null, sentence: m.sentence })),
          showRows: 25,
        },
        {
          name: "timeline-events", title: "Events reported by more than one article",
          rows: shared.map((e) => ({ event: e.id, date: e.value, conflict: Boolean(e.conflict), articles: e.articles.join(", "), outlets: e.outlets.join(", "), sentence: e.label })),
        },
      ],
      results: result,
    };
  },
};
