import type { Article } from "../../corpus/article";
import type { LoadResult } from "../../corpus/load";
import type { Grouping } from "../../grouping/groups";
import { unitNoun } from "../../grouping/unit";
import { countWords } from "../../text/words";
import { toDocument } from "../../text/document";
import { corpusOptions, groupingOptions, GROUPING_HELP, INPUT_HELP, parseCommandArgs } from "../args";
import type { Command } from "../io";
import { groupingFor, loadInput } from "../input";

const USAGE = `usage: newscompare corpus [PATH...] [--json] [--by UNIT] [--label STYLE] [input options]

List the articles of a corpus: publication date, words, sentences, how many stretches cleaning
removed, and each article's label (outlet · date · title). Compared per outlet, story or day (by
default past 12 articles), a second table sums the articles of each group.

  --json               print one JSON document: {articles, groups, unit, reason, warnings, skipped};
                       each article keeps its id and gets its label and group

${GROUPING_HELP}

${INPUT_HELP}`;

/** Word and sentence counts for one article. */
interface Counts {
  words: number;
  sentences: number;
}

export const corpusCommand: Command = {
  summary: "list the articles of a corpus: outlets, dates, sizes, what cleaning removed",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...corpusOptions, ...groupingOptions });
    const result = loadInput(positionals, values, io);
    const grouping = groupingFor(result.articles, values);
    const counts = result.articles.map(countArticle);
    if (values.json) io.stdout(`${JSON.stringify(toJson(result, counts, grouping), null, 2)}\n`);
    else io.stdout(table(result.articles, counts, grouping));
    return 0;
  },
};

/** The `--json` document of DESIGN.md, with the removed text spelled out so users can check it, and the unit's groups. */
export function toJson(result: LoadResult, counts: Counts[], grouping: Grouping) {
  const index = new Map(result.articles.map((a, i) => [a.id, i]));
  return {
    articles: result.articles.map((a, i) => ({
      id: a.id,
      label: grouping.articleLabel.get(a.id) ?? a.id,
      group: grouping.groupOf.get(a.id) ?? a.id,
      file: a.file,
      title: a.title,
      outlet: a.outlet,
      ...(a.topic !== undefined ? { topic: a.topic } : {}),
      published: a.published,
      published_estimated: a.publishedEstimated,
      language: a.language,
      encoding: a.encoding,
      ...(a.url !== undefined ? { url: a.url } : {}),
      ...(a.authors !== undefined ? { authors: a.authors } : {}),
      words: counts[i].words,
      sentences: counts[i].sentences,
      removed: a.removed.map((r) => ({ start: r.start, end: r.end, reason: r.reason, text: a.raw.slice(r.start, r.end) })),
    })),
    unit: grouping.unit,
    reason: grouping.reason,
    groups: grouping.groups.map((g) => {
      const days = g.articles.map((id) => result.articles[index.get(id)!].published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
      return { key: g.key, label: g.label, articles: g.articles, words: g.articles.reduce((n, id) => n + counts[index.get(id)!].words, 0), first: days[0] ?? null, last: days[days.length - 1] ?? null };
    }),
    warnings: result.warnings,
    skipped: result.skipped,
  };
}

/** Aligned columns, numbers right-aligned, the free-text last column left as it is (a terminal clips it). */
function columns(header: string[], numeric: boolean[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => [...r[c]].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c], numeric[c]))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

/**
 * One article per row (its label last), then — when the unit is not the article — one row per
 * group (outlet, story, day), and a count line.
 */
export function table(articles: Article[], counts: Counts[], grouping: Grouping): string {
  const rows = articles.map((a, i) => [
    a.published === null ? "—" : `${a.published}${a.publishedEstimated ? " (est.)" : ""}`,
    String(counts[i].words),
    String(counts[i].sentences),
    String(a.removed.filter((r) => r.reason !== "front matter").length),
    grouping.articleLabel.get(a.id) ?? a.id,
  ]);
  const out = columns(["published", "words", "sentences", "removed", "article"], [false, true, true, true, false], rows);
  if (grouping.unit !== "article") {
    const index = new Map(articles.map((a, i) => [a.id, i]));
    const groupRows = grouping.groups.map((g) => {
      const days = g.articles.map((id) => articles[index.get(id)!].published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
      const words = g.articles.reduce((n, id) => n + counts[index.get(id)!].words, 0);
      return [String(g.articles.length), String(words), days[0] ?? "—", days[days.length - 1] ?? "—", g.label];
    });
    out.push("", ...columns(["articles", "words", "first", "last", unitNoun(grouping.unit)], [true, true, false, false, false], groupRows));
  }
  // "unknown" is not an outlet: counted apart, as the report's summary does
  const outlets = new Set(articles.map((a) => a.outlet).filter((o) => o !== "unknown")).size;
  const unknown = articles.filter((a) => a.outlet === "unknown").length;
  const summary = `${articles.length} article${articles.length === 1 ? "" : "s"}, ${outlets} outlet${outlets === 1 ? "" : "s"}` +
    (unknown ? ` (${unknown} article${unknown === 1 ? "" : "s"} from an unknown outlet)` : "");
  return [...out, "", summary, ...(grouping.unit !== "article" ? [grouping.reason] : []), ""].join("\n");
}

function pad(s: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - [...s].length));
  return right ? fill + s : s + fill;
}

/**
 * Words are word and number tokens of the text layer (a split-off possessive "'s" is not a word of
 * its own); sentences are its sentences. Both count the cleaned text, so boilerplate is not counted.
 */
function countArticle(a: Article): Counts {
  const doc = toDocument(a);
  return { words: countWords(doc.tokens), sentences: doc.sentences.length };
}
