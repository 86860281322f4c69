import type { ReportSection, SectionOutput } from "../section";
import { frequencyTable, summarise } from "../../frequency/analyse";
import { comparePair } from "../../frequency/compare";
import { defaultPair, distinctiveTerms, termsOverTime } from "../../frequency/highlights";
import { distinctive } from "../../frequency/keyness";
import { termRates } from "../../frequency/rates";
import { topTermsChart } from "../../charts/frequency-top-terms";
import { distinctiveChart } from "../../charts/frequency-distinctive";
import { termHeatmapChart } from "../../charts/frequency-heatmap";
import { pairScatterChart } from "../../charts/frequency-scatter";
import { termOverTimeChart } from "../../charts/frequency-over-time";
import { escapeHtml } from "../../render/html";

/** Word frequencies: what each article emphasises, and which words set it apart from the rest. */
export const frequenciesSection: ReportSection = {
  id: "frequencies",
  title: "Words: what each article emphasises",
  build(ctx): SectionOutput {
    ctx.progress("word frequencies");
    const { table, phrases, ngram } = frequencyTable(ctx.docs, {});
    const result = summarise(table, phrases, ngram, {});
    const both = distinctive(table, { method: "logodds", direction: "both", top: 8 });
    const heat = distinctiveTerms(result.distinctive, 3);
    const pair = defaultPair(table);
    const follow = termsOverTime(table, result.distinctive);
    const charts: SectionOutput["charts"] = [
      {
        name: "frequency-top-terms",
        title: "Most frequent terms",
        caption: "The ten terms each article uses most, as occurrences per 10,000 words so long and short articles compare; common words such as \"the\" are left out. Names found in the text (\"White House\") count as one term.",
        figure: topTermsChart(result.terms, result.groups),
      },
      {
        name: "frequency-distinctive",
        title: "Distinctive terms",
        caption: `Words an article uses more (right, in its colour) or less (left, grey) than all the other articles together, scored by the log-odds ratio with an informative Dirichlet prior (z-score: above 2 is a clear difference). Labels show the raw counts: here / elsewhere. A word must occur ${result.minCount} times to be listed as used more.`,
        figure: distinctiveChart(both, result.groups),
      },
    ];
    if (heat.length) {
      charts.push({
        name: "frequency-heatmap",
        title: "Distinctive terms across articles",
        caption: "The three most distinctive terms of every article, and how often each article uses them (per 10,000 words; white = never).",
        figure: termHeatmapChart(termRates(table, heat), result.groups),
      });
    }
    if (pair) {
      charts.push({
        name: "frequency-scatter",
        title: `${pair[0]} against ${pair[1]}`,
        caption: "Every term's rate in one article (across) against the other (up), log scales. On the diagonal: used alike; far from it: used by one much more than the other. Terms one never uses sit on its edge.",
        figure: pairScatterChart(comparePair(table, pair[0], pair[1])),
      });
    }
    const days = new Set(ctx.docs.map((d) => d.article.published?.slice(0, 10)).filter(Boolean));
    if (days.size >= 2) {
      const byDay = frequencyTable(ctx.docs, { by: "date" });
      const dayGroups = summarise(byDay.table, byDay.phrases, byDay.ngram, { by: "date", methods: [] }).groups;
      charts.push({
        name: "frequency-by-day",
        title: "Distinctive terms per publication day",
        caption: "The same comparison with the articles of each publication day taken together against all other days: what a day's reports talk about that the others do not (for example the vocabulary of an event once it has happened).",
        figure: distinctiveChart(distinctive(byDay.table, { method: "logodds", direction: "both", top: 8 }), dayGroups, { title: "Distinctive terms per publication day (z-score of the log-odds ratio)" }),
      });
    }
    if (follow.length) {
      charts.push({
        name: "frequency-over-time",
        title: "Terms across publication dates",
        caption: "How often the most distinctive terms of the earliest and the latest article appear in each article, by publication date.",
        figure: termOverTimeChart(termRates(table, follow)),
      });
    }
    const top = (m: string) =>
      result.groups
        .map((g) => `<li><b>${escapeHtml(g.article)}</b>: ${result.distinctive.filter((d) => d.article === g.article && d.method === m).slice(0, 5).map((d) => `${escapeHtml(d.term)} (${d.count})`).join(", ") || "—"}</li>`)
        .join("");
    return {
      intro:
        `<p>Which words each article uses most, and which set it apart from the others. Rates are per 10,000 words; ` +
        `${phrases.length} multi-word names were found in the text and counted as one term. Most distinctive words (log-odds, count in brackets):</p><ul>${top("logodds")}</ul>`,
      charts,
      tables: [
        { name: "frequency-terms", title: "Most frequent terms", rows: result.terms.map((t) => ({ ...t })), showRows: 20 },
        {
          name: "frequency-distinctive",
          title: "Distinctive terms by three methods",
          caption: "logodds: z-score of the log-odds ratio with informative Dirichlet prior; g2: log-likelihood G² (log_ratio = Hardie's Log Ratio, doublings); tfidf: count × ln(articles / articles using it).",
          rows: result.distinctive.map((d) => ({ article: d.article, method: d.method, term: d.term, score: d.score, count: d.count, rest_count: d.restCount, per10k: d.per10k, rest_per10k: d.restPer10k, log_ratio: d.logRatio ?? null })),
          showRows: 30,
        },
      ],
      results: result,
    };
  },
};
