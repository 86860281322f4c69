import { toDocuments } from "../../text/document";
import { quoteCorpus } from "../../quotes/corpus";
import type { QuoteResult } from "../../quotes/types";
import { quoteUnits, type QuoteUnit } from "../../quotes/units";
import { unitNoun } from "../../grouping/unit";
import type { Grouping } from "../../grouping/groups";
import { corpusOptions, groupingOptions, GROUPING_HELP, INPUT_HELP, parseCommandArgs } from "../args";
import type { Command } from "../io";
import { groupingFor, loadInput } from "../input";
import { checkStoreArgs, openStoreInput, refuseMemoryLimitWithoutStore, storeHelp, storeOption } from "../store-input";

const USAGE = `usage: newscompare quotes [PATH...] [--json] [--by UNIT] [--label STYLE] [input options]
       newscompare quotes --store DIR [--json] [--by UNIT] [--label STYLE] [--outlet NAME] [--from DAY] [--to DAY]

Every quotation in each article, its kind (speech, partial, scare quote, title), the cue ("said",
"wrote on Truth Social", "according to") and the speaker, with one name per person across the
corpus ("Trump", "President Donald Trump", "the president" → Donald Trump); then, per outlet or
story (--by), whose words each quotes most.

  --json   print one JSON document: {quotes: [{article, start, end, text, speaker, cue, kind, …}],
           speakers: [{id, name, roles, aliases, articles, quotes, words}], unit, units: [{key,
           label, articles, quotes, words, unattributed, speakers: [{name, quotes, words, share}]}]}
           start/end index the quoted words (marks excluded) in the file as read

${GROUPING_HELP}

${storeHelp("Speakers' names are merged over the whole store (the 5,000 most quoted).")}

${INPUT_HELP}`;

const options = { ...corpusOptions, ...groupingOptions, ...storeOption } as const;

export const quotesCommand: Command = {
  summary: "who is quoted where: every quotation with its speaker and cue",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, options);
    refuseMemoryLimitWithoutStore(values);
    if (values.store !== undefined) {
      checkStoreArgs(values, positionals);
      const { store, selection } = await openStoreInput(values.store, values, io);
      try {
        const { storeQuoteResult } = require("../../store/quote-result") as typeof import("../../store/quote-result");
        const result = await storeQuoteResult(store);
        const grouping = selection.grouping;
        const units = quoteUnits(result, grouping);
        if (values.json) io.stdout(`${JSON.stringify({ ...result, unit: grouping.unit, units }, null, 2)}\n`);
        else io.stdout(quotesTable(result, grouping, units));
        return 0;
      } finally {
        store.close();
      }
    }
    const loaded = loadInput(positionals, values, io);
    const grouping = groupingFor(loaded.articles, values);
    const result = quoteCorpus(toDocuments(loaded.articles));
    const units = quoteUnits(result, grouping);
    if (values.json) io.stdout(`${JSON.stringify({ ...result, unit: grouping.unit, units }, null, 2)}\n`);
    else io.stdout(quotesTable(result, grouping, units));
    return 0;
  },
};

function clip(text: string, n: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** Speakers named per unit in the text view. */
const UNIT_SPEAKERS = 3;

/** The plain-text view: quotes per article (by its label), the speakers, then per unit who is quoted most. */
export function quotesTable(result: QuoteResult, grouping?: Grouping, units?: QuoteUnit[]): string {
  const lines: string[] = [];
  const label = (id: string) => grouping?.articleLabel.get(id) ?? id;
  const articles = [...new Set(result.quotes.map((q) => q.article))];
  for (const a of articles) {
    const qs = result.quotes.filter((q) => q.article === a);
    lines.push(`${label(a)}${label(a) === a ? "" : ` [${a}]`} (${qs.length} quotes)`);
    for (const q of qs) {
      const who = q.speaker ?? (q.kind === "scare" || q.kind === "title" ? `(${q.kind})` : "(unknown)");
      lines.push(`  ${String(q.start).padStart(6)}  ${q.kind.padEnd(7)} ${clip(who, 22).padEnd(22)} ${clip(q.cue ?? "", 24).padEnd(24)} “${clip(q.text, 70)}”`);
    }
  }
  lines.push("", "speakers (quotes, quoted words, articles):");
  for (const s of result.speakers) {
    lines.push(`  ${clip(s.name, 26).padEnd(26)} ${String(s.quotes).padStart(4)} ${String(s.words).padStart(6)}  ${s.articles.map(label).join("; ")}${s.roles.length ? `  — ${clip(s.roles.join("; "), 60)}` : ""}`);
  }
  if (grouping && units && grouping.unit !== "article") {
    lines.push("", `per ${unitNoun(grouping.unit)} (quotes, quoted words, no speaker found; most quoted by share of quoted words):`);
    for (const u of units) {
      const top = u.speakers.slice(0, UNIT_SPEAKERS).map((s) => `${s.name} ${Math.round(s.share * 100)}%`).join(", ");
      lines.push(`  ${clip(u.label, 30).padEnd(30)} ${String(u.quotes).padStart(5)} ${String(u.words).padStart(7)} ${String(u.unattributed).padStart(5)}  ${top}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
