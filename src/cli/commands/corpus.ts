import type { Article } from "../../corpus/article";
import { loadCorpus, type LoadResult } from "../../corpus/load";
import { countWords } from "../../text/words";
import { toDocument } from "../../text/document";
import { corpusOptions, INPUT_HELP, parseCommandArgs } from "../args";
import type { Command, CommandIO } from "../io";
import { defaultCorpus, loadOptions } from "../input";

const USAGE = `usage: newscompare corpus [PATH...] [--json] [input options]

List the articles of a corpus: id, outlet, publication date, words, sentences, how many stretches
cleaning removed, title.

  --json               print one JSON document: {articles, warnings, skipped}

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
    const { values, positionals } = parseCommandArgs(argv, corpusOptions);
    const paths = positionals.length > 0 ? positionals : [defaultCorpus()];
    const result = loadCorpus(paths, loadOptions(values));
    const counts = result.articles.map(countArticle);
    if (values.json) io.stdout(`${JSON.stringify(toJson(result, counts), null, 2)}\n`);
    else if (result.articles.length > 0) io.stdout(table(result.articles, counts));
    reportProblems(result, io);
    if (result.articles.length === 0) {
      io.stderr(`${paths.join(" ")}: no article could be loaded\n`);
      return 1;
    }
    return 0;
  },
};


/** The `--json` document of DESIGN.md, with the removed text spelled out so users can check it. */
export function toJson(result: LoadResult, counts: Counts[]) {
  return {
    articles: result.articles.map((a, i) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      outlet: a.outlet,
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
    warnings: result.warnings,
    skipped: result.skipped,
  };
}

function reportProblems(result: LoadResult, io: CommandIO): void {
  for (const w of result.warnings) io.stderr(`${w.file}: warning: ${w.message}\n`);
  for (const s of result.skipped) io.stderr(`${s.file}: skipped: ${s.problem}\n`);
}

const TITLE_WIDTH = 60;

/** An aligned plain-text table, one article per row, with a count line under it. */
export function table(articles: Article[], counts: Counts[]): string {
  const header = ["id", "outlet", "published", "words", "sentences", "removed", "title"];
  const numeric = [false, false, false, true, true, true, false];
  const rows = articles.map((a, i) => [
    a.id,
    a.outlet,
    a.published === null ? "—" : `${a.published}${a.publishedEstimated ? " (est.)" : ""}`,
    String(counts[i].words),
    String(counts[i].sentences),
    String(a.removed.filter((r) => r.reason !== "front matter").length),
    truncate(a.title ?? "—", TITLE_WIDTH),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => [...r[c]].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : numeric[c] ? pad(cell, widths[c], true) : pad(cell, widths[c], false)))
      .join("  ")
      .trimEnd();
  // "unknown" is not an outlet: counted apart, as the report's summary does
  const outlets = new Set(articles.map((a) => a.outlet).filter((o) => o !== "unknown")).size;
  const unknown = articles.filter((a) => a.outlet === "unknown").length;
  const summary = `${articles.length} article${articles.length === 1 ? "" : "s"}, ${outlets} outlet${outlets === 1 ? "" : "s"}` +
    (unknown ? ` (${unknown} article${unknown === 1 ? "" : "s"} from an unknown outlet)` : "");
  return [line(header), ...rows.map(line), "", summary, ""].join("\n");
}

function pad(s: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - [...s].length));
  return right ? fill + s : s + fill;
}

function truncate(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s : `${chars.slice(0, width - 1).join("")}…`;
}

/**
 * Words are word and number tokens of the text layer (a split-off possessive "'s" is not a word of
 * its own); sentences are its sentences. Both count the cleaned text, so boilerplate is not counted.
 */
function countArticle(a: Article): Counts {
  const doc = toDocument(a);
  return { words: countWords(doc.tokens), sentences: doc.sentences.length };
}
