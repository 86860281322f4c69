import { analyseOverlapArticles } from "../../overlap/index";
import { overlapByUnit } from "../../overlap/by-unit";
import { summary } from "../../overlap/summary";
import { corpusOptions, groupingOptions, GROUPING_HELP, INPUT_HELP, parseCommandArgs } from "../args";
import type { Command } from "../io";
import { defaultCorpus, groupingFor, groupingOption, loadInput } from "../input";
import { checkStoreArgs, openStoreInput, refuseMemoryLimitWithoutStore, storeHelp, storeOption } from "../store-input";

const USAGE = `usage: newscompare overlap [PATH...] [--json] [input options]
       newscompare overlap --store DIR [--json] [--by UNIT] [--label STYLE] [--outlet NAME] [--from DAY] [--to DAY]

Which articles share text — copied, rewritten (even with swapped words), or only quoting the same
people — passage by passage, with the swapped words, the quotes that changed, and which article
probably came from which. Up to 300 articles every pair is aligned; above that a shingle filter
picks the pairs that share exact text (a disguised rewrite is then only found if some text survived).

Relation of a pair (narration = an article's words outside quotation marks; a passage is verbatim when its
words are the same allowing small edits, token edit similarity >= 0.9, else reworded):
  copy             half or more of one article's narration is aligned with the other, mostly verbatim
  rewrite          half or more of one article's narration is aligned, mostly reworded
  shared passage   a few narration sentences are shared (verbatim, or reworded at similarity >= 0.8), less than half
  shared quotes    only quotations are shared
  same story       loosely similar sentences only, or shared names and numbers
  unrelated        nothing aligned, few names and numbers in common

Syndication clusters: articles joined by copy or rewrite links (a shared passage does not join them),
one source however many times it runs.

Per outlet (--by outlet, date or topic; the default past 12 articles): the share of one outlet's words
found in another outlet's articles, the words-weighted mean over its articles of each article's best
match there.

  --json   one JSON document: {pairs, passages, quotes, substitutions, directions, articles, method,
           unit, clusters, by_unit} with article ids; by_unit (null per article) lists the units and
           every non-zero unit pair

${GROUPING_HELP}

${storeHelp("The pairs are those the store's corpus pass aligned (the candidate filter's, at any size).")}

${INPUT_HELP}`;

export const overlapCommand: Command = {
  summary: "who copied or rewrote whom: shared passages, swapped words, drifting quotes",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...corpusOptions, ...groupingOptions, ...storeOption });
    groupingOption(values); // a bad --by or --label is a usage error before any work
    refuseMemoryLimitWithoutStore(values);
    if (values.store !== undefined) {
      checkStoreArgs(values, positionals);
      const { store, selection } = await openStoreInput(values.store, values, io);
      try {
        const { storeOverlapResult } = require("../../store/overlap-result") as typeof import("../../store/overlap-result");
        const result = await storeOverlapResult(store, selection);
        io.stdout(values.json ? `${JSON.stringify(overlapByUnit(result, selection.grouping), null, 2)}\n` : summary(result, selection.grouping));
        return 0;
      } finally {
        store.close();
      }
    }
    const loaded = loadInput(positionals, values, io);
    if (loaded.articles.length < 2) {
      io.stderr(`${(positionals.length ? positionals : [defaultCorpus()]).join(" ")}: overlap needs at least two articles, found ${loaded.articles.length}\n`);
      return 1;
    }
    const g = groupingFor(loaded.articles, values);
    const result = analyseOverlapArticles(loaded.articles, { progress: (m) => io.stderr(`${m}\n`) });
    // articles never tokenised (outside every candidate pair) weigh their whitespace-separated words
    const text = new Map(loaded.articles.map((a) => [a.id, a.text]));
    const words = (id: string) => text.get(id)?.split(/\s+/).filter(Boolean).length;
    io.stdout(values.json ? `${JSON.stringify(overlapByUnit(result, g, words), null, 2)}\n` : summary(result, g));
    return 0;
  },
};

