/**
 * The quotes section of a store's report past MAX_DETAIL_ARTICLES, from the store's aggregates. The
 * charts are the in-memory section's (who is quoted in each unit, quotes per speaker over time): they
 * sum each quotation's words by speaker and by article, so they are given every quotation of people's
 * words — as four fields (article, kind, merged speaker, words), not the whole quote — up to
 * MAX_CHART_QUOTES of them. The table of every quote with its cue is left to the store (the page says
 * how to get it); the speakers and the units are counted in SQL.
 */
import { unitNoun } from "../../grouping/unit";
import type { Quote, QuoteResult, Speaker } from "../../quotes/types";
import { speakerId } from "../../quotes/names";
import { escapeHtml as esc } from "../../render/html";
import { mergeSentence, quoteCharts } from "../sections/quotes";
import type { SectionOutput } from "../section";
import type { StoreReportContext } from "./context";

/** Most quotations the charts are given (four fields each: about 100 bytes of memory). */
export const MAX_CHART_QUOTES = 5_000_000;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

const SPEECH = "(q.kind = 'speech' OR q.kind = 'partial')";
const FROM = `FROM quotes q JOIN unit_articles u ON u.article = q.article LEFT JOIN speakers s ON s.speaker = q.speaker`;

export async function storeQuotesOutput(ctx: StoreReportContext): Promise<SectionOutput> {
  const { store, selection } = ctx;
  const g = selection.grouping;
  const noun = unitNoun(g.unit);
  const nouns = unitNoun(g.unit, true);
  ctx.progress("quotes: speakers and units from the store");
  const [kinds] = await store.rows(`SELECT count(*) AS all_quotes, sum(CASE WHEN ${SPEECH} THEN 1 ELSE 0 END) AS speech,
    sum(CASE WHEN ${SPEECH} AND q.speaker IS NULL THEN 1 ELSE 0 END) AS unattributed ${FROM}`);
  const speech = Number(kinds.speech ?? 0);
  const unattributed = Number(kinds.unattributed ?? 0);
  const other = Number(kinds.all_quotes ?? 0) - speech;
  const speakerRows = await store.rows(`SELECT coalesce(s.canonical, q.speaker) AS name, count(*) AS quotes, sum(q.words) AS words,
    count(DISTINCT q.article) AS articles, count(DISTINCT u.unit) AS units, string_agg(DISTINCT q.speaker, '; ') AS spellings
    ${FROM} WHERE q.speaker IS NOT NULL AND ${SPEECH} GROUP BY coalesce(s.canonical, q.speaker) ORDER BY words DESC, name`);
  // speakers as the in-memory result lists them (most quoted words first); their article lists are not read
  const speakers: Speaker[] = speakerRows.map((r) => {
    const name = String(r.name);
    const aliases = String(r.spellings ?? "").split("; ").filter((x) => x && x !== name);
    return { id: speakerId(name), name, roles: [], aliases, articles: [], quotes: Number(r.quotes), words: Number(r.words) };
  });
  const articlesOf = new Map(speakerRows.map((r) => [String(r.name), { articles: Number(r.articles), units: Number(r.units) }]));
  const top = speakers.slice(0, 3).map((s) => {
    const n = articlesOf.get(s.name)!;
    return `${esc(s.name)} (${plural(s.quotes, "quote")} in ${plural(n.articles, "article")}${g.unit === "article" ? "" : ` from ${plural(n.units, noun, nouns)}`})`;
  });

  const charts: SectionOutput["charts"] = [];
  let chartNote = "";
  if (speech <= MAX_CHART_QUOTES) {
    ctx.progress(`quotes: ${speech.toLocaleString("en-US")} quotations for the charts`);
    // one string per article and per speaker, however many quotes repeat it
    const ids = new Map(selection.articles.map((a) => [a.id, a.id]));
    const names = new Map(speakers.map((x) => [x.name, x.name]));
    const quotes: Quote[] = [];
    // the four fields the charts read; the rest of each quote stays in the store
    await store.forEachRow(`SELECT q.article, q.kind, coalesce(s.canonical, q.speaker) AS speaker, q.words ${FROM} WHERE ${SPEECH} ORDER BY u.seq, q.ord`, ([a, k, sp, w]) => {
      const speaker = sp === null ? null : names.get(String(sp)) ?? String(sp);
      quotes.push({ article: ids.get(String(a)) ?? String(a), kind: String(k), speaker, words: Number(w) } as Quote);
    });
    const thin: QuoteResult = { quotes, speakers };
    const articles = selection.articles.map((x) => ({ id: x.id, title: x.title, outlet: x.outlet, published: x.published }));
    charts.push(...quoteCharts(thin, articles, g));
  } else {
    chartNote = ` The charts of who is quoted where sum each of the ${plural(speech, "quotation")} and are drawn for up to ${MAX_CHART_QUOTES.toLocaleString("en-US")}; select fewer articles (--outlet, --from, --to) to draw them.`;
  }

  const units = await store.rows(`WITH per AS (
      SELECT u.unit, coalesce(s.canonical, q.speaker) AS speaker, count(*) AS quotes, sum(q.words) AS words ${FROM} WHERE ${SPEECH} GROUP BY u.unit, coalesce(s.canonical, q.speaker)),
    totals AS (SELECT unit, sum(quotes) AS quotes, sum(words) AS words, sum(CASE WHEN speaker IS NULL THEN quotes ELSE 0 END) AS unattributed FROM per GROUP BY unit),
    ranked AS (SELECT p.unit, p.speaker, p.words, row_number() OVER (PARTITION BY p.unit ORDER BY p.words DESC, p.speaker) AS r FROM per p WHERE p.speaker IS NOT NULL)
    SELECT t.unit, t.quotes, t.words, t.unattributed, string_agg(r.speaker || ' ' || CAST(round(100.0 * r.words / t.words) AS INTEGER) || '%', ', ' ORDER BY r.r) AS top
    FROM totals t LEFT JOIN ranked r ON r.unit = t.unit AND r.r <= 3 GROUP BY t.unit, t.quotes, t.words, t.unattributed`);
  const perUnit = new Map(units.map((r) => [String(r.unit), r]));
  return {
    intro:
      `<p>${plural(speech, "quotation")} of people's words in ${plural(selection.articles.length, "article")}${g.unit === "article" ? "" : ` from ${plural(g.groups.length, noun, nouns)}`}, from ${plural(speakers.length, "speaker")}` +
      (unattributed ? `; ${unattributed.toLocaleString("en-US")} have no speaker the text makes clear` : "") +
      `. Most quoted: ${top.join(", ") || "nobody"}. ${plural(other, "more quoted phrase")} ${other === 1 ? "is a scare quote or a title and is" : "are scare quotes or titles and are"} not attributed. ` +
      `${mergeSentence(speakers)}</p>` +
      `<p>Every quotation with its speaker and cue is in the store: <code>newscompare quotes --store DIR</code> lists them (with --outlet, --from, --to for a part).${chartNote}</p>`,
    charts,
    tables: [
      {
        name: "quote-speakers", title: "Speakers",
        caption: `Quotes and quoted words per speaker (spellings merged across the store), the articles and ${nouns} quoting them.`,
        rows: speakerRows.map((r) => ({ speaker: String(r.name), quotes: Number(r.quotes), words: Number(r.words), articles: Number(r.articles), [nouns]: Number(r.units), spellings: String(r.spellings ?? "") })),
      },
      {
        name: `quotes-per-${g.unit}`, title: `Quotes per ${noun}`,
        caption: `Per ${noun}: quotations of people's words, their words, those with no speaker found, and the three speakers with the largest share of its quoted words.`,
        rows: g.groups.map((x) => {
          const r = perUnit.get(x.key);
          return { [noun]: x.label, articles: x.articles.length, quotes: Number(r?.quotes ?? 0), words: Number(r?.words ?? 0), unattributed: Number(r?.unattributed ?? 0), most_quoted: r?.top == null ? "" : String(r.top) };
        }),
      },
    ],
    results: { unit: g.unit, quotations: speech, unattributed, other, speakers: speakerRows.length, top_speakers: speakerRows.slice(0, 100) },
  };
}
