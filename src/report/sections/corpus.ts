import type { ReportSection, SectionOutput } from "../section";
import { chartRows, perArticle, OTHER_ROW, summarizeCorpus, type ArticleSummary } from "../../charts/corpus-summary";
import { articleLengthsChart, MAX_LENGTH_POINTS } from "../../charts/article-lengths";
import { publicationDatesChart, publicationPeriod } from "../../charts/publication-dates";
import { removedBoilerplateChart } from "../../charts/removed-boilerplate";
import { unitNoun } from "../../grouping/unit";
import { MAX_LEGEND } from "../../charts/layout";
import type { Grouping } from "../../grouping/groups";
import { escapeHtml } from "../../render/html";

/** Outlets named in the intro; the rest are counted. */
const INTRO_OUTLETS = 10;

const s = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function removedChars(a: ArticleSummary, includeFrontMatter = false): number {
  return a.removed.filter((r) => includeFrontMatter || r.reason !== "front matter").reduce((n, r) => n + r.characters, 0);
}

/** Named outlets, the ones with the most articles first. */
function outletsByArticles(articles: ArticleSummary[]): string[] {
  const n = new Map<string, number>();
  for (const a of articles) if (a.outlet && a.outlet !== "unknown") n.set(a.outlet, (n.get(a.outlet) ?? 0) + 1);
  return [...n].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([o]) => o);
}

/** One sentence or two a reader needs before the charts: how many, from whom, on what, when, how much was cleaned. */
function intro(articles: ArticleSummary[]): string {
  const outlets = outletsByArticles(articles);
  const unknown = articles.filter((a) => !a.outlet || a.outlet === "unknown").length;
  const topics = new Set(articles.map((a) => a.topic).filter(Boolean)).size;
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const estimated = articles.filter((a) => a.published && a.publishedEstimated).length;
  const words = articles.reduce((n, a) => n + a.words, 0);
  const removed = articles.reduce((n, a) => n + removedChars(a), 0);
  const cleaned = articles.filter((a) => removedChars(a) > 0).length;
  const named = outlets.slice(0, INTRO_OUTLETS).map(escapeHtml).join(", ");
  const rest = outlets.length - INTRO_OUTLETS;
  const from = outlets.length
    ? ` from ${s(outlets.length, "outlet")}: ${named}${rest > 0 ? ` and ${rest.toLocaleString("en-US")} more (the most articles first)` : ""}` +
      (unknown ? `, plus ${s(unknown, "article")} whose outlet is not known` : "")
    : "; none names its outlet";
  const parts = [
    `${s(articles.length, "article")} (${s(words, "word")})${from}.`,
    topics >= 2 ? `They cover ${s(topics, "story", "stories")}.` : "",
    dates.length
      ? `Published ${dates[0] === dates[dates.length - 1] ? `on ${dates[0]}` : `between ${dates[0]} and ${dates[dates.length - 1]}`}` +
        (estimated ? ` (${s(estimated, "date")} estimated)` : "") +
        (dates.length < articles.length ? `; ${s(articles.length - dates.length, "article")} without a date` : "") +
        "."
      : "No article carries a publication date.",
    removed
      ? `Cleaning removed ${s(removed, "character")} of web-page debris, bylines and comments from ${s(cleaned, "article")}; the analyses below read the cleaned text.`
      : "Cleaning removed nothing.",
  ];
  return `<p>${parts.filter(Boolean).join(" ")}</p>`;
}

/** What a per-group chart's rows are, when the smallest groups share the last one. */
function rowsNote(articles: ArticleSummary[], grouping: Grouping): string {
  const rows = chartRows(articles, grouping);
  const other = rows.find((r) => r.key === OTHER_ROW);
  if (!other) return "";
  const nouns = unitNoun(grouping.unit, true);
  return ` The ${s(rows.length - 1, unitNoun(grouping.unit), nouns)} with the most articles get a row each; the other ${s(grouping.groups.length - rows.length + 1, unitNoun(grouping.unit), nouns)} share the last row.`;
}

function captions(articles: ArticleSummary[], grouping: Grouping): { lengths: string; dates: string; removed: string } {
  if (perArticle(grouping, articles.length)) {
    return {
      lengths: "Length of each article's cleaned text in words, coloured by outlet.",
      dates: "When each article was published. A hollow marker is an estimated date (inferred, not stated by the source).",
      removed: "Characters cleaning took out of each article, by reason (front matter not counted). The raw text keeps them.",
    };
  }
  const noun = grouping.unit === "article" ? "article" : unitNoun(grouping.unit);
  const rows = rowsNote(articles, grouping);
  const period = publicationPeriod(articles);
  const stacked = grouping.unit === "outlet" || grouping.unit === "topic" ? noun : articles.some((a) => a.outlet && a.outlet !== "unknown") ? "outlet" : "";
  const stacks = grouping.unit === "outlet" || grouping.unit === "topic" ? grouping.groups.length : new Set(articles.map((a) => a.outlet)).size;
  const estimated = articles.filter((a) => a.published && a.publishedEstimated).length;
  const points = articles.length <= MAX_LENGTH_POINTS ? ", every article a point" : ", the whiskers out to the furthest article within 1.5 box lengths";
  const box = grouping.unit === "article"
    ? `Length of each article's cleaned text in words${points}; the box holds the middle half, the line in it is the median.`
    : `Length of each article's cleaned text in words: one box per ${noun} (the middle half of its articles, the line at the median)${points}.`;
  return {
    lengths: `${box}${rows}`,
    dates: !articles.some((a) => a.published) ? "No article carries a publication date, so none can be placed in time." : `Articles published per ${period}${stacked ? `, stacked by ${stacked}${stacks > MAX_LEGEND - 1 ? ` (the ${MAX_LEGEND - 1} with the most articles by name, the rest as "other")` : ""}` : ""}.` +
      (estimated ? ` ${s(estimated, "date")} ${estimated === 1 ? "is" : "are"} estimated (inferred, not stated by the source).` : ""),
    removed: `Characters cleaning took out of the articles of each ${noun}, by reason (front matter not counted). The raw text keeps them.${rows}`,
  };
}

/** The corpus itself: what was read, from whom, when, and what cleaning took out. */
export const corpusSection: ReportSection = {
  id: "corpus",
  title: "The articles",
  build(ctx): SectionOutput {
    const articles = summarizeCorpus(ctx.docs);
    return corpusOutput(articles, ctx.grouping, {
      results: {
        articles: ctx.docs.map((d, i) => ({
          id: d.article.id,
          file: d.article.file,
          title: d.article.title,
          outlet: d.article.outlet,
          published: d.article.published,
          publishedEstimated: d.article.publishedEstimated,
          words: articles[i].words,
          sentences: articles[i].sentences,
          removed: d.article.removed.map((r) => ({ start: r.start, end: r.end, reason: r.reason })),
        })),
      },
    });
  },
};

/**
 * The section from the articles' summaries, however they were read (a folder's documents, a store's
 * rows). `maxArticleRows` caps the per-article table (a store of a million articles keeps them all
 * itself), with `articleRowsNote` saying where the rest are.
 */
export function corpusOutput(articles: ArticleSummary[], grouping: Grouping, options: { results: unknown; maxArticleRows?: number; articleRowsNote?: string }): SectionOutput {
  const text = captions(articles, grouping);
  const label = (id: string) => grouping.articleLabel.get(id) ?? id;
  const groupLabel = (id: string) => grouping.groupLabel.get(grouping.groupOf.get(id) ?? "") ?? "";
  const perGroup = grouping.unit !== "article";
  const listed = options.maxArticleRows !== undefined && articles.length > options.maxArticleRows ? articles.slice(0, options.maxArticleRows) : articles;
  const tables: SectionOutput["tables"] = [
    {
      name: "articles",
      title: "Articles",
      ...(listed.length < articles.length && options.articleRowsNote ? { caption: options.articleRowsNote } : {}),
      rows: listed.map((a) => ({
        article: label(a.id),
        ...(perGroup ? { [unitNoun(grouping.unit)]: groupLabel(a.id) } : {}),
        id: a.id,
        outlet: a.outlet,
        title: a.title,
        published: a.published,
        estimated: a.publishedEstimated,
        words: a.words,
        sentences: a.sentences,
        removed_chars: removedChars(a),
        file: a.file,
      })),
      showRows: 50,
    },
  ];
  if (perGroup) tables.push(groupTable(articles, grouping));
  return {
    intro: intro(articles),
    charts: [
      { name: "article-lengths", title: "Words per article", caption: text.lengths, figure: articleLengthsChart(articles, { grouping }) },
      { name: "publication-dates", title: "Publication dates", caption: text.dates, figure: publicationDatesChart(articles, { grouping }) },
      { name: "removed-boilerplate", title: "What cleaning removed", caption: text.removed, figure: removedBoilerplateChart(articles, { grouping }) },
    ],
    tables,
    results: options.results,
  };
}

/** One row per group of the unit: how many articles and words, the first and last day, what cleaning removed. */
function groupTable(articles: ArticleSummary[], grouping: Grouping): SectionOutput["tables"][number] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const noun = unitNoun(grouping.unit);
  return {
    name: `articles-per-${grouping.unit}`,
    title: `Articles per ${noun}`,
    rows: grouping.groups.map((g) => {
      const list = g.articles.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
      const days = list.map((a) => a.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
      return {
        [noun]: g.label,
        articles: list.length,
        words: list.reduce((n, a) => n + a.words, 0),
        first: days[0] ?? null,
        last: days[days.length - 1] ?? null,
        removed_chars: list.reduce((n, a) => n + removedChars(a), 0),
      };
    }),
    showRows: 20,
  };
}
