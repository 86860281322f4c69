import type { ReportSection, SectionOutput } from "../section";
import type { Phrase } from "../../frequency/phrases";
import { frequencyTable, summarise, type GroupRow } from "../../frequency/analyse";
import type { CountTable } from "../../frequency/counts";
import { comparePair } from "../../frequency/compare";
import { defaultPair, distinctiveTerms, termsOverTime } from "../../frequency/highlights";
import { distinctive, type DistinctiveRow } from "../../frequency/keyness";
import { mergeGroups, tableForGrouping } from "../../frequency/merge";
import { termRates } from "../../frequency/rates";
import { NO_DATE } from "../../grouping/groups";
import type { Unit } from "../../grouping/unit";
import { topTermsChart } from "../../charts/frequency-top-terms";
import { distinctiveChart } from "../../charts/frequency-distinctive";
import { termHeatmapChart, MAX_TERM_COLUMNS } from "../../charts/frequency-heatmap";
import { pairScatterChart } from "../../charts/frequency-scatter";
import { termOverTimeChart } from "../../charts/frequency-over-time";
import { panelGroups } from "../../charts/frequency-shared";
import { MAX_PANELS, MAX_ROWS } from "../../charts/layout";
import { panelPeriods, periodKey, periodLabel, type Period } from "../../charts/periods";
import { unitNoun } from "../../grouping/unit";
import { escapeHtml } from "../../render/html";

/** Groups whose distinctive words the intro lists; the rest are counted. */
const INTRO_GROUPS = 10;
/** Distinctive terms per group in the heatmap, at most (fewer when many groups share its columns). */
const HEAT_TERMS = 3;

/** "an outlet", "a story". */
const article = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Word frequencies: what each article (or outlet, story…) emphasises, and which words set it apart. */
export const frequenciesSection: ReportSection = {
  id: "frequencies",
  title: "Words: what sets each apart",
  build(ctx): Promise<SectionOutput> {
    ctx.progress("word frequencies");
    // counted once per article; the unit's groups and the periods are merged from it
    const counted = frequencyTable(ctx.docs, {});
    const byId = new Map(ctx.docs.map((d) => [d.article.id, d.article]));
    return frequenciesOutput({
      unit: ctx.grouping.unit,
      table: tableForGrouping(counted.table, ctx.grouping),
      labels: ctx.grouping.groupLabel,
      phrases: counted.phrases,
      ngram: counted.ngram,
      days: ctx.docs.map((d) => d.article.published?.slice(0, 10) ?? null),
      periodTable: (keyOf, order) => mergeGroups(counted.table, (g) => keyOf(byId.get(g.key)?.published?.slice(0, 10) ?? null), (a, b) => order.indexOf(a.key) - order.indexOf(b.key)),
    });
  },
};

/** What the words section draws from, however the words were counted (a folder's documents, a store). */
export interface FrequencyInput {
  unit: Unit;
  /** counts per group of the unit, in the grouping's order */
  table: CountTable;
  labels: ReadonlyMap<string, string>;
  /** the multi-word names counted as one term (none when only single words were counted) */
  phrases: Phrase[];
  /** how terms were counted, when not with the names found in the text (a store counts single words) */
  counting?: string;
  ngram: number;
  /** every article's publication day (null: none) */
  days: Array<string | null>;
  /** counts of the articles grouped by `keyOf(day)`, the groups in `order` (the periods of the charts) */
  periodTable(keyOf: (day: string | null) => string, order: string[]): CountTable | Promise<CountTable>;
}

export async function frequenciesOutput(input: FrequencyInput): Promise<SectionOutput> {
  {
    const { unit, table } = input;
    const noun = unitNoun(unit);
    const nouns = unitNoun(unit, true);
    const result = summarise(table, input.phrases, input.ngram, { by: unit, labels: input.labels });
    const labelOf = new Map(result.groups.map((g) => [g.article, g.label]));
    const panels = panelGroups(result.groups);
    const both = distinctive(table, { method: "logodds", direction: "both", top: 8, groups: new Set(panels.shown.map((g) => g.article)) });
    const more = (shown: number) => (shown < result.groups.length ? ` The ${plural(shown, noun, nouns)} with the most words are drawn; all ${plural(result.groups.length, noun, nouns)} are in the CSV.` : "");
    const name = result.phrases[0] ? ` (such as "${result.phrases[0].display}")` : "";
    const charts: SectionOutput["charts"] = [
      {
        name: "frequency-top-terms",
        title: "Most frequent terms",
        caption: `The ten terms each ${noun} uses most, as occurrences per 10,000 words so long and short ${nouns} compare; common words such as "the" are left out. Names found in the text${name} count as one term.${more(panels.shown.length)}`,
        figure: topTermsChart(result.terms, result.groups, { title: `Most frequent terms per ${noun} (per 10,000 words)`, what: nouns, table: "frequency-terms" }),
      },
      {
        name: "frequency-distinctive",
        title: "Distinctive terms",
        caption: `Words ${article(noun)} uses more (right, in its colour) or less (left, grey) than all the other ${nouns} together, scored by the log-odds ratio with an informative Dirichlet prior (z-score: above 2 is a clear difference). Labels show the raw counts: here / elsewhere. A word must occur ${result.minCount} times to be listed as used more.${more(panels.shown.length)}`,
        figure: distinctiveChart(both, result.groups, { title: `Distinctive terms per ${noun} (z-score of the log-odds ratio)`, what: nouns, table: "frequency-distinctive" }),
      },
    ];

    const heat = heatmapTerms(result.groups, result.distinctive);
    if (heat.terms.length) {
      charts.push({
        name: "frequency-heatmap",
        title: `Distinctive terms across ${nouns}`,
        caption: `The ${heat.perGroup === 1 ? "most distinctive term" : `${heat.perGroup} most distinctive terms`} of ${heat.rows < result.groups.length ? `each of the ${plural(heat.rows, noun, nouns)} with the most words` : `every ${noun}`}, and how often each ${noun} uses them (per 10,000 words; white = never).`,
        figure: termHeatmapChart(termRates(table, heat.terms), result.groups, { title: `Term rates per ${noun} (per 10,000 words)`, what: nouns, table: "frequency-terms" }),
      });
    }

    const pair = defaultPair(table);
    if (pair) {
      const [a, b] = pair.map((k) => labelOf.get(k) ?? k);
      const biggest = table.groups.filter((g) => g.outlet !== "unknown" && g.key === g.outlet).length >= 2;
      charts.push({
        name: "frequency-scatter",
        title: `${a} against ${b}`,
        caption: `Every term's rate in one ${noun} (across) against the other (up), log scales; the two ${nouns} ${biggest ? "with the most words" : "whose vocabulary is most alike"}. On the diagonal: used alike; far from it: used by one much more than the other. Terms one never uses sit on its edge.`,
        figure: pairScatterChart(comparePair(table, pair[0], pair[1]), { labelA: a, labelB: b }),
      });
    }

    const byPeriod = unit === "date" ? null : await periodAnalysis(input);
    if (byPeriod) {
      const { period, choice, groups, rows } = byPeriod;
      const what = `${periodWord(period)}s`;
      charts.push({
        name: "frequency-by-day",
        title: `Distinctive terms per ${periodWord(period)}`,
        caption: `The same comparison with the articles of each ${periodWord(period)} taken together against all the others: what a ${periodWord(period)}'s reports talk about that the others do not. ${choice.reason}${byPeriod.undated ? ` ${plural(byPeriod.undated, "article")} without a date count only in the rest.` : ""}`,
        figure: distinctiveChart(rows, groups, { title: `Distinctive terms per ${periodWord(period)} (z-score of the log-odds ratio)`, what, table: "frequency-by-period" }),
      });
    }

    const overTime = unit === "article" && table.groups.length <= MAX_PANELS ? articleOverTime(table, result.distinctive, labelOf) : byPeriod && periodOverTime(byPeriod);
    if (overTime) charts.push(overTime);

    const intro = introList(result.groups, result.distinctive, noun, nouns);
    return {
      intro:
        `<p>Which words each ${noun} uses most, and which set it apart from the other ${nouns}. Rates are per 10,000 words; ` +
        `${input.counting ?? `${plural(result.phrases.length, "multi-word name")} found in the text ${result.phrases.length === 1 ? "was" : "were"} counted as one term.`} ${intro}`,
      charts,
      tables: [
        { name: "frequency-terms", title: "Most frequent terms", rows: result.terms.map((t) => ({ ...groupColumns(unit, t.article, labelOf), term: t.term, key: t.key, kind: t.kind, count: t.count, per10k: t.per10k })), showRows: 20 },
        {
          name: "frequency-distinctive",
          title: "Distinctive terms by three methods",
          caption: `logodds: z-score of the log-odds ratio with informative Dirichlet prior; g2: log-likelihood G² (log_ratio = Hardie's Log Ratio, doublings); tfidf: count × ln(${nouns} / ${nouns} using it).`,
          rows: result.distinctive.map((d) => ({ ...groupColumns(unit, d.article, labelOf), method: d.method, term: d.term, score: d.score, count: d.count, rest_count: d.restCount, per10k: d.per10k, rest_per10k: d.restPer10k, log_ratio: d.logRatio ?? null })),
          showRows: 30,
        },
        ...(byPeriod
          ? [{
              name: "frequency-by-period",
              title: `Distinctive terms per ${periodWord(byPeriod.period)}`,
              caption: "Each period's articles against all the others (log-odds z-score); over: used more in the period, under: used less.",
              rows: byPeriod.all.map((d) => ({ period: d.article, direction: d.direction, term: d.term, score: d.score, count: d.count, rest_count: d.restCount })),
              showRows: 20,
            }]
          : []),
      ],
      results: result,
    };
  }
}

/** A row's group in a table: its label under the unit's name, and the article id beside an article's label. */
function groupColumns(unit: Unit, key: string, labelOf: Map<string, string>): Record<string, string> {
  return unit === "article" ? { article: labelOf.get(key) ?? key, id: key } : { [unitNoun(unit)]: labelOf.get(key) ?? key };
}

/** The intro's list: the most distinctive words of the largest groups (all of them when few), the rest counted. */
function introList(groups: GroupRow[], rows: DistinctiveRow[], noun: string, nouns: string): string {
  const { shown, rest } = panelGroups(groups, INTRO_GROUPS);
  const words = new Map<string, string[]>();
  for (const d of rows) {
    if (d.method !== "logodds") continue;
    const list = words.get(d.article) ?? [];
    if (list.length < 5) list.push(`${escapeHtml(d.term)} (${d.count})`);
    words.set(d.article, list);
  }
  const items = shown.map((g) => `<li><b>${escapeHtml(g.label)}</b>: ${words.get(g.article)?.join(", ") || "—"}</li>`).join("");
  const head = rest ? `Most distinctive words of the ${plural(shown.length, noun, nouns)} with the most words (log-odds, count in brackets):` : "Most distinctive words (log-odds, count in brackets):";
  const tail = rest ? `<p>${plural(rest, `more ${noun}`, `more ${nouns}`)} in tables/frequency-distinctive.csv.</p>` : "";
  return `${head}</p><ul>${items}</ul>${tail}`;
}

/** Heatmap columns: the best terms of the rows it draws, fewer per group when many groups share the columns. */
function heatmapTerms(groups: GroupRow[], rows: DistinctiveRow[]): { terms: string[]; perGroup: number; rows: number } {
  const drawn = panelGroups(groups, MAX_ROWS).shown;
  const keys = new Set(drawn.map((g) => g.article));
  const perGroup = Math.max(1, Math.min(HEAT_TERMS, Math.floor(MAX_TERM_COLUMNS / Math.max(1, drawn.length))));
  return { terms: distinctiveTerms(rows.filter((r) => keys.has(r.article)), perGroup).slice(0, MAX_TERM_COLUMNS), perGroup, rows: drawn.length };
}

const periodWord = (p: Period) => (p === "day" ? "publication day" : p);

interface PeriodAnalysis {
  period: Period;
  choice: ReturnType<typeof panelPeriods>;
  table: CountTable;
  /** the period groups (the undated group left out), labelled */
  groups: GroupRow[];
  /** distinctive terms of the periods that get a panel, both directions */
  rows: DistinctiveRow[];
  /** distinctive terms of every period (used more and less), for the CSV */
  all: DistinctiveRow[];
  undated: number;
}

/**
 * The articles taken together per publication day — or per week, month… when the days do not fit
 * in the panels — each period against all the others. Undated articles form a group of their own
 * that gets no panel (they stay in every period's "rest", as they were when each was its own group).
 */
async function periodAnalysis(input: FrequencyInput): Promise<PeriodAnalysis | null> {
  const days = input.days.filter((d): d is string => d !== null);
  if (new Set(days).size < 2) return null;
  const choice = panelPeriods(days, MAX_PANELS);
  const { period } = choice;
  const keyOf = (day: string | null) => (day ? periodKey(day, period) : NO_DATE);
  // periods in calendar order, the undated articles' group last
  const order = [...new Set(days.map(keyOf))].sort();
  if (days.length < input.days.length) order.push(NO_DATE);
  const table = await input.periodTable(keyOf, order);
  const labels = new Map(table.groups.map((g) => [g.key, g.key === NO_DATE ? g.key : periodLabel(g.key, period)]));
  const groups = summarise(table, [], 1, { methods: [], top: 0, labels }).groups.filter((g) => g.article !== NO_DATE);
  const shown = new Set(panelGroups(groups).shown.map((g) => g.article));
  const rows = distinctive(table, { method: "logodds", direction: "both", top: 8, groups: shown });
  const dated = new Set(groups.map((g) => g.article));
  const all = distinctive(table, { method: "logodds", direction: "over", top: 10, groups: dated });
  return { period, choice, table, groups, rows, all, undated: input.days.length - days.length };
}

/** Terms over time per article: the earliest and the latest article's most distinctive terms, article by article. */
function articleOverTime(table: CountTable, rows: DistinctiveRow[], labels: Map<string, string>): SectionOutput["charts"][number] | null {
  const follow = termsOverTime(table, rows);
  if (!follow.length) return null;
  return {
    name: "frequency-over-time",
    title: "Terms across publication dates",
    caption: "How often the most distinctive terms of the earliest and the latest article appear in each article, by publication date.",
    figure: termOverTimeChart(termRates(table, follow), { labels }),
  };
}

/** Terms over time per period: the earliest and the latest period's most distinctive terms, period by period. */
function periodOverTime(p: PeriodAnalysis): SectionOutput["charts"][number] | null {
  const dated = p.table.groups.filter((g) => g.key !== NO_DATE);
  const ends = new Set([dated[0].key, dated[dated.length - 1].key]);
  const follow = termsOverTime(p.table, distinctive(p.table, { method: "logodds", top: 2, groups: ends }));
  if (!follow.length) return null;
  const word = periodWord(p.period);
  return {
    name: "frequency-over-time",
    title: "Terms across publication dates",
    caption: `How often the most distinctive terms of the earliest and the latest ${word} appear in each ${word} (all its articles together), per 10,000 words.`,
    figure: termOverTimeChart(termRates(p.table, follow).filter((r) => r.article !== NO_DATE), { period: p.period, title: `Term rates per ${word} (per 10,000 words)` }),
  };
}
