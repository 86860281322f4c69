import type { ReportSection, SectionOutput } from "../section";
import { summarizeCorpus, type ArticleSummary } from "../../charts/corpus-summary";
import { articleLengthsChart } from "../../charts/article-lengths";
import { publicationDatesChart } from "../../charts/publication-dates";
import { removedBoilerplateChart } from "../../charts/removed-boilerplate";
import { escapeHtml } from "../../render/html";

function removedChars(a: ArticleSummary, includeFrontMatter = false): number {
  return a.removed.filter((r) => includeFrontMatter || r.reason !== "front matter").reduce((n, r) => n + r.characters, 0);
}

/** One sentence or two a reader needs before the charts: how many, from whom, when, how much was cleaned. */
function intro(articles: ArticleSummary[]): string {
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o) => o !== "unknown"))].sort();
  const unknown = articles.filter((a) => a.outlet === "unknown").length;
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const estimated = articles.filter((a) => a.published && a.publishedEstimated).length;
  const words = articles.reduce((n, a) => n + a.words, 0);
  const removed = articles.reduce((n, a) => n + removedChars(a), 0);
  const cleaned = articles.filter((a) => removedChars(a) > 0).length;
  const s = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
  const parts = [
    `${s(articles.length, "article")} (${s(words, "word")}) from ${s(outlets.length, "outlet")}` +
      (outlets.length ? `: ${outlets.map(escapeHtml).join(", ")}` : "") +
      (unknown ? `, plus ${s(unknown, "article")} whose outlet is not known` : "") +
      ".",
    dates.length
      ? `Published ${dates[0] === dates[dates.length - 1] ? `on ${dates[0]}` : `between ${dates[0]} and ${dates[dates.length - 1]}`}` +
        (estimated ? ` (${s(estimated, "date")} estimated, drawn hollow)` : "") +
        (dates.length < articles.length ? `; ${s(articles.length - dates.length, "article")} without a date` : "") +
        "."
      : "No article carries a publication date.",
    removed
      ? `Cleaning removed ${s(removed, "character")} of web-page debris, bylines and comments from ${s(cleaned, "article")}; the analyses below read the cleaned text.`
      : "Cleaning removed nothing.",
  ];
  return `<p>${parts.join(" ")}</p>`;
}

/** The corpus itself: what was read, from whom, when, and what cleaning took out. */
export const corpusSection: ReportSection = {
  id: "corpus",
  title: "The articles",
  build(ctx): SectionOutput {
    const articles = summarizeCorpus(ctx.docs);
    return {
      intro: intro(articles),
      charts: [
        {
          name: "article-lengths",
          title: "Words per article",
          caption: "Length of each article's cleaned text in words, coloured by outlet.",
          figure: articleLengthsChart(articles),
        },
        {
          name: "publication-dates",
          title: "Publication dates",
          caption: "When each article was published. A hollow marker is an estimated date (inferred, not stated by the source).",
          figure: publicationDatesChart(articles),
        },
        {
          name: "removed-boilerplate",
          title: "What cleaning removed",
          caption: "Characters cleaning took out of each article, by reason (front matter not counted). The raw text keeps them.",
          figure: removedBoilerplateChart(articles),
        },
      ],
      tables: [
        {
          name: "articles",
          title: "Articles",
          rows: articles.map((a) => ({
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
      ],
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
    };
  },
};
