import { analyseTimeline, type TimelineResult } from "../../timeline/analyse";
import { timelineUnits, type TimelineUnit } from "../../timeline/units";
import { analyseOverlapArticles } from "../../overlap/index";
import { sourceOf, syndicationClusters } from "../../overlap/clusters";
import { reportedBy, severalSources } from "../../charts/timeline-events";
import { unitNoun } from "../../grouping/unit";
import type { Grouping } from "../../grouping/groups";
import { corpusOptions, groupingOptions, GROUPING_HELP, INPUT_HELP, parseCommandArgs } from "../args";
import type { Command } from "../io";
import { groupingFor, loadInput } from "../input";
import { checkStoreArgs, openStoreInput, refuseMemoryLimitWithoutStore, storeHelp, storeOption } from "../store-input";

const USAGE = `usage: newscompare timeline [PATH...] [--json] [--by UNIT] [--label STYLE] [--no-sources] [input options]
       newscompare timeline --store DIR [--json] [--by UNIT] [--label STYLE] [--no-sources] [--outlet NAME]
                            [--from DAY] [--to DAY]

Every date, time, duration and recurrence each article mentions, normalised the TimeML way
(2025-02-12, 2025-W07, 2024-Q4, P3Y, PRESENT_REF) and resolved against the article's publication
date (--published gives one to articles without); then the events several articles report, with the
dates each gives, and how many independent sources report each: articles that copy or rewrite one
another (found by the overlap analysis) count as one source.

  --json               print one JSON document: {articles, mentions, events, unit, units}; start/end
                       index the file as read; each event has "sources" (independent sources);
                       units: per unit of comparison, its articles, mentions, dated mentions, earliest
                       and latest day, median days from publication, events shared with other sources
  --no-sources         do not look for copies (skips the overlap analysis, the slow part on a few
                       hundred articles): events then count articles, and have no "sources"

${GROUPING_HELP}

${storeHelp("Copies are the overlap pairs the store's corpus pass aligned.")}

${INPUT_HELP}`;

const options = { ...corpusOptions, ...groupingOptions, ...storeOption, "no-sources": { type: "boolean" } } as const;

export const timelineCommand: Command = {
  summary: "the dates each article reports, resolved against its publication date, grouped into events with their independent sources",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, options);
    refuseMemoryLimitWithoutStore(values);
    if (values.store !== undefined) {
      checkStoreArgs(values, positionals);
      const { store, selection } = await openStoreInput(values.store, values, io);
      try {
        const { storeTimelineResult } = require("../../store/timeline-result") as typeof import("../../store/timeline-result");
        const { storePairRelations } = require("../../store/overlap-result") as typeof import("../../store/overlap-result");
        const source = values["no-sources"] ? undefined : sourceOf(syndicationClusters(await storePairRelations(store)));
        const result = await storeTimelineResult(store, { source });
        return printTimeline(result, selection.grouping, Boolean(values.json), io);
      } finally {
        store.close();
      }
    }
    const loaded = loadInput(positionals, values, io);
    const grouping = groupingFor(loaded.articles, values);
    // copies and rewrites of one another are one source: the overlap analysis finds them
    const source = values["no-sources"] ? undefined : sourceOf(syndicationClusters(analyseOverlapArticles(loaded.articles).pairs));
    // Articles, not Documents: the timeline needs only sentence bounds (found without Token objects)
    // the loader gave --published to the articles without a date (Article.publishedFrom says so)
    const result = analyseTimeline(loaded.articles, { source });
    return printTimeline(result, grouping, Boolean(values.json), io);
  },
};

/** The timeline on stdout (a table, or JSON), each article without a date to count from named on stderr. */
function printTimeline(result: TimelineResult, grouping: Grouping, json: boolean, io: Parameters<Command["run"]>[1]): number {
  for (const a of result.articles) {
    if (!a.published) io.stderr(`${a.file}: no publication date to count from; relative dates are left unanchored (XXXX-…): give one with --published YYYY-MM-DD\n`);
  }
  const units = timelineUnits(result, grouping);
  if (json) io.stdout(`${JSON.stringify({ ...result, unit: grouping.unit, units }, null, 2)}\n`);
  else io.stdout(table(result, grouping, units));
  return 0;
}

/** Article labels named in an event's line before the rest are counted. */
const EVENT_ARTICLES = 4;

function table(result: TimelineResult, grouping: Grouping, units: TimelineUnit[]): string {
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  const lines: string[] = [];
  for (const a of result.articles) {
    lines.push(`${label(a.article)} (${a.article}, published ${a.published ?? "unknown"}${a.estimated ? ", estimated" : ""})`);
    for (const m of result.mentions.filter((x) => x.article === a.article)) {
      lines.push(`  ${String(m.start).padStart(6)}  ${m.type.padEnd(8)} ${(m.value + (m.mod ? ` ${m.mod}` : "")).padEnd(18)} ${m.text}`);
    }
  }
  const counted = result.events.some((e) => e.sources !== undefined);
  const several = severalSources(result.events);
  const copiesOnly = result.events.filter((e) => e.articles.length > 1).length - several.length;
  lines.push("", `events reported by ${counted ? "two or more independent sources" : "more than one article"}:${several.length ? "" : " none"}`);
  for (const e of several) {
    const names = e.articles.slice(0, EVENT_ARTICLES).map(label).join("; ") + (e.articles.length > EVENT_ARTICLES ? `; ${e.articles.length - EVENT_ARTICLES} more` : "");
    lines.push(`  ${e.value.padEnd(12)} ${e.conflict ? "CONFLICT " : ""}${reportedBy(e)} (${names}): ${e.label}`);
    if (e.conflict) for (const [v, arts] of Object.entries(e.conflict.values)) lines.push(`      ${v}: ${arts.map(label).join("; ")}`);
  }
  if (copiesOnly > 0) lines.push(`  (${copiesOnly} more event${copiesOnly === 1 ? " is" : "s are"} reported only by articles that copy one another)`);
  if (grouping.unit !== "article") {
    lines.push("", `per ${unitNoun(grouping.unit)} (${grouping.reason}):`, `  ${"".padEnd(32)} ${"articles".padStart(8)} ${"dated".padStart(7)}  earliest    latest      median days  shared events`);
    for (const u of units) {
      const name = u.label.length > 32 ? `${u.label.slice(0, 31)}…` : u.label;
      lines.push(`  ${name.padEnd(32)} ${String(u.articles.length).padStart(8)} ${String(u.dated).padStart(7)}  ${(u.earliest ?? "—").padEnd(11)} ${(u.latest ?? "—").padEnd(11)} ${String(u.median_days ?? "—").padStart(11)}  ${String(u.shared_events).padStart(13)}`);
    }
  }
  return lines.join("\n") + "\n";
}
