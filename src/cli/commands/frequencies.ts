import { FREQUENCY_DEFAULTS, frequencyTable, summarise, type FrequencyResult } from "../../frequency/analyse";
import { KEYNESS_METHODS, type KeynessMethod } from "../../frequency/keyness";
import { tableForGrouping } from "../../frequency/merge";
import { toDocuments } from "../../text/document";
import { corpusOptions, groupingOptions, GROUPING_HELP, INPUT_HELP, parseCommandArgs, UsageError } from "../args";
import type { Command } from "../io";
import { groupingFor, groupingOption, loadInput } from "../input";
import { checkStoreArgs, openStoreInput, refuseMemoryLimitWithoutStore, storeHelp, storeOption } from "../store-input";

const USAGE = `usage: newscompare frequencies [PATH...] [--json] [--top N] [--ngram N] [--by UNIT] [--label STYLE]
                             [--method logodds|g2|tfidf|all] [--min-count N] [--stems] [--no-phrases]
                             [--keep-stopwords] [input options]
       newscompare frequencies --store DIR [--json] [--top N] [--by UNIT] [--label STYLE] [--method M]
                             [--min-count N] [--stems] [--outlet NAME] [--from DAY] [--to DAY]

Which words each article (or outlet, story, publication day) uses most, and which set it apart from
the rest of the corpus. Rates are per 10,000 words of the group. Multi-word names found in the text
("White House") count as one term. Articles whose outlet, story or date is not known form one group
of their own ("outlet not known", "no story named", "no date").

  --json             print one JSON document: {by, reason, groups, terms, distinctive, phrases, ...};
                     rows name their group by its key (article id, outlet, day, story), groups
                     carry their label
  --top N            terms and distinctive terms per group (default 20 and 10)
  --ngram N          count word sequences up to N words long too (1–3, default 1)
  --method M         logodds (log-odds with Dirichlet prior, z-score), g2 (log-likelihood with Log
                     Ratio), tfidf, or all (default)
  --min-count N      a distinctive term occurs at least N times in the article (default 3)
  --stems            count Porter stems ("talk" for talks, talked, talking)
  --no-phrases       count single words only
  --keep-stopwords   count "the", "of", "and"... too

${GROUPING_HELP}

${storeHelp("A store counts single words without stopwords (as --no-phrases): --ngram and --keep-stopwords read files only.")}

${INPUT_HELP}`;

const options = {
  ...corpusOptions,
  top: { type: "string" },
  ngram: { type: "string" },
  ...groupingOptions,
  ...storeOption,
  method: { type: "string" },
  "min-count": { type: "string" },
  stems: { type: "boolean" },
  "no-phrases": { type: "boolean" },
  "keep-stopwords": { type: "boolean" },
} as const;

function positiveInt(name: string, value: string | undefined, max = Infinity): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} wants a whole number from 1${max < Infinity ? ` to ${max}` : ""}, got '${value}'`);
  return n;
}

export const frequenciesCommand: Command = {
  summary: "word frequencies per article, outlet, story or day, and the words that set each apart",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, options);
    const top = positiveInt("top", values.top);
    const ngram = positiveInt("ngram", values.ngram, 3) ?? 1;
    const minCount = positiveInt("min-count", values["min-count"]);
    const method = values.method ?? "all";
    if (method !== "all" && !KEYNESS_METHODS.includes(method as KeynessMethod)) {
      throw new UsageError(`--method wants ${KEYNESS_METHODS.join(", ")} or all, got '${method}'`);
    }
    groupingOption(values); // a bad --by or --label is a usage error before any loading
    refuseMemoryLimitWithoutStore(values);
    if (values.store !== undefined) {
      checkStoreArgs(values, positionals);
      if (ngram > 1 || values["keep-stopwords"]) throw new UsageError(`--${ngram > 1 ? "ngram" : "keep-stopwords"}: a store counts single words without stopwords (read files for more)`);
      const { store, selection } = await openStoreInput(values.store, values, io);
      try {
        const { storeCountTable } = require("../../store/frequency-table") as typeof import("../../store/frequency-table");
        const unit = values.stems ? ("stem" as const) : ("word" as const);
        const methods = method === "all" ? KEYNESS_METHODS : [method as KeynessMethod];
        const { storeFrequencyResult } = require("../../store/frequency-result") as typeof import("../../store/frequency-result");
        const { MAX_DETAIL_ARTICLES } = require("../../store/selection") as typeof import("../../store/selection");
        const analysis = { top: top ?? FREQUENCY_DEFAULTS.top, topDistinctive: top ?? FREQUENCY_DEFAULTS.topDistinctive, minCount, methods, by: selection.grouping.unit, labels: selection.grouping.groupLabel };
        // the counts come from the store; a story's are scored by the in-memory code, a collection's in
        // SQL (reading back the rows shown, not the whole count table): both give one answer
        const scored = selection.articles.length > MAX_DETAIL_ARTICLES && selection.grouping.unit !== "article"
          ? await storeFrequencyResult(store, selection, { ...analysis, unit })
          : summarise(await storeCountTable(store, selection, unit), [], 1, analysis);
        const result = { ...scored, reason: selection.grouping.reason };
        io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : text(result, top ?? FREQUENCY_DEFAULTS.topDistinctive));
        return 0;
      } finally {
        store.close();
      }
    }
    const loaded = loadInput(positionals, values, io);
    const grouping = groupingFor(loaded.articles, values);
    const analysis = {
      ngram,
      top: top ?? FREQUENCY_DEFAULTS.top,
      topDistinctive: top ?? FREQUENCY_DEFAULTS.topDistinctive,
      minCount,
      unit: values.stems ? ("stem" as const) : ("word" as const),
      phrases: !values["no-phrases"],
      stopwords: values["keep-stopwords"] ? (false as const) : undefined,
      methods: method === "all" ? KEYNESS_METHODS : [method as KeynessMethod],
    };
    // counted per article, then merged into the unit's groups (src/grouping's keys, labels and order)
    const counted = frequencyTable(toDocuments(loaded.articles), analysis);
    const table = tableForGrouping(counted.table, grouping);
    const result = { ...summarise(table, counted.phrases, counted.ngram, { ...analysis, by: grouping.unit, labels: grouping.groupLabel }), reason: grouping.reason };
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : text(result, top ?? FREQUENCY_DEFAULTS.topDistinctive));
    return 0;
  },
};

const METHOD_LABEL: Record<KeynessMethod, string> = {
  logodds: "log-odds z",
  g2: "log-likelihood G²",
  tfidf: "TF-IDF",
};

/** One cell of the text table: "term count" cut to the column's width. */
function cell(text: string, width: number): string {
  const chars = [...text];
  return (chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : text).padEnd(width);
}

/**
 * Plain text, readable at 100 columns: per article a table whose columns are the most frequent terms
 * (count) and the distinctive terms of each method (count here/elsewhere); scores are in --json.
 */
function text(result: FrequencyResult & { reason: string }, top: number): string {
  const out: string[] = [];
  const methods = KEYNESS_METHODS.filter((m) => result.distinctive.some((d) => d.method === m));
  const width = 24;
  if (result.by !== "article") out.push(result.reason, "");
  for (const g of result.groups) {
    const key = g.label !== g.article ? `${g.article}, ` : "";
    out.push(`${g.label}  (${key}${g.articles.length > 1 ? `${g.articles.length} articles, ` : ""}${g.words} words)`);
    const columns: string[][] = [result.terms.filter((t) => t.article === g.article).slice(0, top).map((t) => `${t.term} ${t.count}`)];
    for (const m of methods) {
      columns.push(result.distinctive.filter((d) => d.article === g.article && d.method === m).slice(0, top).map((d) => `${d.term} ${d.count}/${d.restCount}`));
    }
    out.push(`  ${["most frequent", ...methods.map((m) => METHOD_LABEL[m])].map((h) => cell(h, width)).join("").trimEnd()}`);
    const rows = Math.max(...columns.map((c) => c.length));
    for (let r = 0; r < rows; r++) out.push(`  ${columns.map((c) => cell(c[r] ?? (r === 0 ? "—" : ""), width)).join("").trimEnd()}`);
    out.push("");
  }
  out.push(`counts: times in the ${result.by === "article" ? "article" : "group"}; distinctive: times here/elsewhere (at least ${result.minCount} here).`);
  out.push("Rates per 10,000 words and the scores of each method: see --json.");
  return `${out.join("\n")}\n`;
}
