import { analyseTimeline, type TimelineResult } from "../../timeline/analyse";
import { corpusOptions, INPUT_HELP, parseCommandArgs } from "../args";
import type { Command } from "../io";
import { loadInput, publishedOption } from "../input";

const USAGE = `usage: newscompare timeline [PATH...] [--json] [input options]

Every date, time, duration and recurrence each article mentions, normalised the TimeML way
(2025-02-12, 2025-W07, 2024-Q4, P3Y, PRESENT_REF) and resolved against the article's publication
date (--published gives one to articles without); then the events several articles report, with the
dates each gives.

  --json               print one JSON document: {articles, mentions, events}; start/end index the
                       file as read

${INPUT_HELP}`;

export const timelineCommand: Command = {
  summary: "the dates each article reports, resolved against its publication date, grouped into events",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, corpusOptions);
    const loaded = loadInput(positionals, values, io);
    // Articles, not Documents: the timeline needs only sentence bounds (found without Token objects)
    const result = analyseTimeline(loaded.articles, { published: publishedOption(values.published) });
    for (const a of result.articles) {
      if (!a.published) io.stderr(`${a.file}: no publication date to count from; relative dates are left unanchored (XXXX-…): give one with --published YYYY-MM-DD\n`);
    }
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout(table(result));
    return 0;
  },
};

function table(result: TimelineResult): string {
  const lines: string[] = [];
  for (const a of result.articles) {
    lines.push(`${a.article} (${a.outlet}, published ${a.published ?? "unknown"}${a.estimated ? ", estimated" : ""})`);
    for (const m of result.mentions.filter((x) => x.article === a.article)) {
      lines.push(`  ${String(m.start).padStart(6)}  ${m.type.padEnd(8)} ${(m.value + (m.mod ? ` ${m.mod}` : "")).padEnd(18)} ${m.text}`);
    }
  }
  const shared = result.events.filter((x) => x.articles.length > 1);
  lines.push("", `events reported by more than one article:${shared.length ? "" : " none"}`);
  for (const e of shared) {
    lines.push(`  ${e.value.padEnd(12)} ${e.conflict ? "CONFLICT " : ""}${e.articles.join(", ")}: ${e.label}`);
    if (e.conflict) for (const [v, arts] of Object.entries(e.conflict.values)) lines.push(`      ${v}: ${arts.join(", ")}`);
  }
  return lines.join("\n") + "\n";
}
