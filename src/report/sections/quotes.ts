import type { ReportChart, ReportSection, SectionOutput } from "../section";
import { corpusQuotes, reportArticles } from "../shared-results";
import { quoteUnits } from "../../quotes/units";
import type { QuoteResult, Speaker } from "../../quotes/types";
import type { Grouping } from "../../grouping/groups";
import { MAX_SPEAKERS, quotesSpeakerHeatmap, type QuoteArticleInfo } from "../../charts/quotes-speakers";
import { quotesOverTime } from "../../charts/quotes-timeline";
import { quoteRows } from "../../charts/quotes-table";
import { unitNoun } from "../../grouping/unit";
import { MAX_COLUMNS } from "../../charts/layout";
import { escapeHtml as esc } from "../../render/html";

/** Merged speakers the intro names as examples; the speakers table has them all. */
const MERGES_NAMED = 3;
/** Other names shown per merged speaker. */
const ALIASES_NAMED = 3;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Is an alias only a part of the name ("Trump" of "Donald Trump")? Such merges are unremarkable. */
function partOfName(alias: string, name: string): boolean {
  const words = new Set(name.toLowerCase().split(/\s+/));
  return alias.toLowerCase().split(/\s+/).every((w) => words.has(w));
}

/**
 * The sentence on merged names, from the data: the speakers met under more than one form, those
 * with another spelling or a title ("the president") before those met only by their surname.
 */
export function mergeSentence(speakers: Speaker[]): string {
  const merged = speakers.filter((s) => s.aliases.length > 0);
  if (!merged.length) return "No speaker appears under more than one name.";
  const remarkable = (s: Speaker) => s.aliases.some((a) => !partOfName(a, s.name));
  const ordered = [...merged].sort((a, b) => Number(remarkable(b)) - Number(remarkable(a)) || b.aliases.length - a.aliases.length || b.quotes - a.quotes);
  const named = ordered.slice(0, MERGES_NAMED).map((s) => {
    const forms = s.aliases.slice(0, ALIASES_NAMED).map((a) => `“${esc(a)}”`);
    const more = s.aliases.length > ALIASES_NAMED ? ` and ${s.aliases.length - ALIASES_NAMED} more` : "";
    return `${esc(s.name)} (also ${forms.join(", ")}${more})`;
  });
  const rest = merged.length - named.length;
  return `Names are merged across articles: ${plural(merged.length, "speaker")} ${merged.length === 1 ? "appears" : "appear"} under more than one name, e.g. ${named.join("; ")}` +
    `${rest > 0 ? ` and ${rest.toLocaleString("en-US")} more` : ""} — check the speakers table for merges.`;
}

/** Quotes and speakers: who gets a voice in which article, outlet or story, and every quote with its cue. */
export const quotesSection: ReportSection = {
  id: "quotes",
  title: "Quotes: who is quoted, and where",
  build(ctx): SectionOutput {
    ctx.progress("quotes: extracting quotations and speakers");
    // shared with the overlap section, which compares the quotes across articles
    const result = corpusQuotes(ctx);
    const g = ctx.grouping;
    const label = (id: string) => g.articleLabel.get(id) ?? id;
    const noun = unitNoun(g.unit);
    const articles = reportArticles(ctx).map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published }));
    const speech = result.quotes.filter((q) => q.kind === "speech" || q.kind === "partial");
    const unattributed = speech.filter((q) => !q.speaker).length;
    const other = result.quotes.length - speech.length;
    const groupsOf = (ids: string[]) => new Set(ids.map((a) => g.groupOf.get(a) ?? a)).size;
    const top = result.speakers.slice(0, 3).map((s) =>
      `${esc(s.name)} (${plural(s.quotes, "quote")} in ${plural(s.articles.length, "article")}${g.unit === "article" ? "" : ` from ${plural(groupsOf(s.articles), noun, unitNoun(g.unit, true))}`})`);
    const where = g.unit === "article" ? "" : ` from ${plural(g.groups.length, noun, unitNoun(g.unit, true))}`;
    return {
      intro:
        `<p>${plural(speech.length, "quotation")} of people's words in ${plural(articles.length, "article")}${where}, from ${plural(result.speakers.length, "speaker")}` +
        (unattributed ? `; ${unattributed.toLocaleString("en-US")} have no speaker the text makes clear` : "") +
        `. Most quoted: ${top.join(", ") || "nobody"}. ${plural(other, "more quoted phrase")} ${other === 1 ? "is a scare quote or a title and is" : "are scare quotes or titles and are"} not attributed. ` +
        `${mergeSentence(result.speakers)}</p>`,
      charts: quoteCharts(result, articles, g),
      tables: [
        { name: "quotes", title: "Every quote with its speaker and cue", caption: "found_by: cue (a name beside a speech verb), pronoun, descriptor (\"the president\"), continuation (the previous quote's speaker), subject (no speech verb: the sentence's subject).", rows: quoteRows(result, { labels: g.articleLabel }), showRows: 40 },
        {
          name: "quote-speakers", title: "Speakers",
          rows: result.speakers.map((s) => ({ speaker: s.name, quotes: s.quotes, words: s.words, articles: s.articles.length, article_labels: s.articles.map(label).join("; "), article_ids: s.articles.join(", "), roles: s.roles.join("; "), aliases: s.aliases.join("; ") })),
        },
      ],
      results: { ...result, unit: g.unit, units: quoteUnits(result, g) },
    };
  },
};

/** The two charts of who is quoted (the in-memory and the store report draw the same). */
export function quoteCharts(result: QuoteResult, articles: QuoteArticleInfo[], g: Grouping): ReportChart[] {
  const noun = unitNoun(g.unit);
  const folded = g.groups.length > MAX_COLUMNS;
  const shown = Math.min(MAX_SPEAKERS, result.speakers.length);
  return [
    {
      name: "quotes-speakers", title: `Who is quoted in each ${noun}`,
      caption: `Each column is ${g.unit === "article" ? "an article" : `${g.unit === "outlet" ? "an" : "a"} ${noun}`}` +
        (folded ? ` (the ${MAX_COLUMNS - 1} with the most articles; the rest together as "other")` : "") +
        `; a cell is the share of its quoted words spoken by the speaker. Rows: the ${plural(shown, "most quoted speaker")}; the last row, when present, holds quotes with no speaker found.`,
      figure: quotesSpeakerHeatmap(result, articles, { grouping: g }),
    },
    {
      name: "quotes-over-time", title: "Quotes per speaker by publication date",
      caption: "Number of quotes each of the most quoted speakers gets in the articles published that day (week or month when the articles span months or years).",
      figure: quotesOverTime(result, articles, { grouping: g }),
    },
  ];
}
