import type { ReportSection, SectionOutput } from "../section";
import { quoteCorpus } from "../../quotes/corpus";
import { quotesSpeakerHeatmap } from "../../charts/quotes-speakers";
import { quotesOverTime } from "../../charts/quotes-timeline";
import { quoteRows } from "../../charts/quotes-table";
import { escapeHtml as esc } from "../../render/html";


/** Quotes and speakers: who gets a voice in which article, and every quote with its cue. */
export const quotesSection: ReportSection = {
  id: "quotes",
  title: "Quotes: who is quoted, and where",
  build(ctx): SectionOutput {
    ctx.progress("quotes: extracting quotations and speakers");
    const result = quoteCorpus(ctx.docs);
    const articles = ctx.docs.map((d) => ({ id: d.article.id, title: d.article.title, outlet: d.article.outlet, published: d.article.published }));
    const speech = result.quotes.filter((q) => q.kind === "speech" || q.kind === "partial");
    const unattributed = speech.filter((q) => !q.speaker).length;
    const other = result.quotes.length - speech.length;
    const top = result.speakers.slice(0, 3).map((s) => `${esc(s.name)} (${s.quotes} quotes in ${s.articles.length} article${s.articles.length === 1 ? "" : "s"})`);
    return {
      intro:
        `<p>${speech.length} quotations of people's words in ${ctx.docs.length} articles, from ${result.speakers.length} speakers` +
        (unattributed ? `; ${unattributed} have no speaker the text makes clear` : "") +
        `. Most quoted: ${top.join(", ") || "nobody"}. ${other} more quoted phrases are scare quotes or titles and are not attributed. ` +
        `Names are merged across articles ("Trump", "President Donald Trump", "the president"; Zelensky/Zelenskyy) — check the speakers table for merges.</p>`,
      charts: [
        { name: "quotes-speakers", title: "Who is quoted in each article", caption: "Each column is an article; a cell is the share of that article's quoted words spoken by the speaker. The last row, when present, holds quotes with no speaker found.", figure: quotesSpeakerHeatmap(result, articles) },
        { name: "quotes-over-time", title: "Quotes per speaker by publication date", caption: "Number of quotes each of the most quoted speakers gets in the articles published that day.", figure: quotesOverTime(result, articles) },
      ],
      tables: [
        { name: "quotes", title: "Every quote with its speaker and cue", caption: "found_by: cue (a name beside a speech verb), pronoun, descriptor (\"the president\"), continuation (the previous quote's speaker), subject (no speech verb: the sentence's subject).", rows: quoteRows(result), showRows: 40 },
        { name: "quote-speakers", title: "Speakers", rows: result.speakers.map((s) => ({ speaker: s.name, quotes: s.quotes, words: s.words, articles: s.articles.join(", "), roles: s.roles.join("; "), aliases: s.aliases.join("; ") })) },
      ],
      results: result,
    };
  },
};
