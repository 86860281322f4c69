import { toDocuments } from "../../text/document";
import { quoteCorpus } from "../../quotes/corpus";
import type { QuoteResult } from "../../quotes/types";
import { corpusOptions, INPUT_HELP, parseCommandArgs } from "../args";
import type { Command } from "../io";
import { loadInput } from "../input";

const USAGE = `usage: newscompare quotes [PATH...] [--json] [input options]

Every quotation in each article, its kind (speech, partial, scare quote, title), the cue ("said",
"wrote on Truth Social", "according to") and the speaker, with one name per person across the
corpus ("Trump", "President Donald Trump", "the president" → Donald Trump).

  --json   print one JSON document: {quotes: [{article, start, end, text, speaker, cue, kind, …}], speakers: [{id, name, roles, aliases, articles, quotes, words}]}
           start/end index the quoted words (marks excluded) in the file as read

${INPUT_HELP}`;

export const quotesCommand: Command = {
  summary: "who is quoted where: every quotation with its speaker and cue",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, corpusOptions);
    const loaded = loadInput(positionals, values, io);
    const result = quoteCorpus(toDocuments(loaded.articles));
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout(quotesTable(result));
    return 0;
  },
};

function clip(text: string, n: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** The plain-text view: quotes per article, then the speakers. */
export function quotesTable(result: QuoteResult): string {
  const lines: string[] = [];
  const articles = [...new Set(result.quotes.map((q) => q.article))];
  for (const a of articles) {
    const qs = result.quotes.filter((q) => q.article === a);
    lines.push(`${a} (${qs.length} quotes)`);
    for (const q of qs) {
      const who = q.speaker ?? (q.kind === "scare" || q.kind === "title" ? `(${q.kind})` : "(unknown)");
      lines.push(`  ${String(q.start).padStart(6)}  ${q.kind.padEnd(7)} ${clip(who, 22).padEnd(22)} ${clip(q.cue ?? "", 24).padEnd(24)} “${clip(q.text, 70)}”`);
    }
  }
  lines.push("", "speakers (quotes, quoted words, articles):");
  for (const s of result.speakers) {
    lines.push(`  ${clip(s.name, 26).padEnd(26)} ${String(s.quotes).padStart(4)} ${String(s.words).padStart(6)}  ${s.articles.join(", ")}${s.roles.length ? `  — ${clip(s.roles.join("; "), 60)}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
