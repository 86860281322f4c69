/**
 * Articles sorted into the groups of a unit (outlets, days, stories, or one group per article), each
 * with a readable label. Every per-unit chart, table and sentence takes its rows from here, so a
 * group has one key, one label and one colour everywhere.
 */
import { articleLabels, shortTitle, type LabelSource, type LabelStyle } from "./labels";
import { chooseUnit, type Unit, type UnitChoice } from "./unit";

/** What grouping needs of an article. */
export interface GroupSource extends LabelSource {
  topic?: string;
}

export interface UnitGroup {
  /** the group's key: article id, outlet name, day (YYYY-MM-DD) or story */
  key: string;
  /** what a reader sees */
  label: string;
  /** ids of its articles, in corpus order */
  articles: string[];
}

export interface Grouping extends UnitChoice {
  /** largest first (articles: in corpus order) */
  groups: UnitGroup[];
  /** article id → its group's key */
  groupOf: Map<string, string>;
  /** article id → the article's own readable label (unique) */
  articleLabel: Map<string, string>;
  /** group key → label */
  groupLabel: Map<string, string>;
}

/** Group keys for articles the metadata cannot place. */
export const NO_OUTLET = "outlet not known";
export const NO_DATE = "no date";
export const NO_TOPIC = "no story named";

/** The key of an article's group for a unit. */
export function unitKey(a: GroupSource, unit: Unit): string {
  if (unit === "outlet") return a.outlet && a.outlet !== "unknown" ? a.outlet : NO_OUTLET;
  if (unit === "date") return a.published ? a.published.slice(0, 10) : NO_DATE;
  if (unit === "topic") return a.topic ?? NO_TOPIC;
  return a.id;
}

/** Longest group label for a story (stories are often a headline). */
const TOPIC_CHARS = 40;

export function groupArticles(articles: GroupSource[], choice: UnitChoice, style: LabelStyle = "full"): Grouping {
  // every article's own label is needed now only when the articles are the groups; else it is made
  // when first read (a collection's million labels cost seconds and hundreds of MB a command may not use)
  let labels: Map<string, string> | undefined;
  const labelsOfArticles = () => (labels ??= articleLabels(articles, style));
  const byKey = new Map<string, UnitGroup>();
  const groupOf = new Map<string, string>();
  for (const a of articles) {
    const key = unitKey(a, choice.unit);
    groupOf.set(a.id, key);
    let g = byKey.get(key);
    if (!g) {
      const label = choice.unit === "article" ? labelsOfArticles().get(a.id)! : choice.unit === "topic" ? shortTitle(key, TOPIC_CHARS) : key;
      g = { key, label, articles: [] };
      byKey.set(key, g);
    }
    g.articles.push(a.id);
  }
  const groups = [...byKey.values()];
  if (choice.unit === "date") groups.sort((x, y) => (x.key === NO_DATE ? 1 : y.key === NO_DATE ? -1 : x.key.localeCompare(y.key)));
  else if (choice.unit !== "article") groups.sort((x, y) => y.articles.length - x.articles.length || x.label.localeCompare(y.label));
  uniqueLabels(groups);
  const grouping = { ...choice, groups, groupOf, groupLabel: new Map(groups.map((g) => [g.key, g.label])) } as Grouping;
  Object.defineProperty(grouping, "articleLabel", { get: labelsOfArticles, enumerable: true });
  return grouping;
}

/**
 * The grouping a chart draws when its caller gives none (a notebook calling a chart builder
 * directly): the default unit for these articles, "full" labels. The report passes its own.
 */
export function defaultGrouping(articles: GroupSource[], given?: Grouping): Grouping {
  return given ?? groupArticles(articles, chooseUnit(articles));
}

/** Two stories cut to the same label get a counter, so no two rows merge. */
function uniqueLabels(groups: UnitGroup[]): void {
  const used = new Set<string>();
  for (const g of groups) {
    let label = g.label;
    for (let n = 2; used.has(label); n++) label = `${g.label} (${n})`;
    g.label = label;
    used.add(label);
  }
}

/**
 * The first `max` items and what is left: a chart draws the first and says "N more in the CSV".
 */
export function topRows<T>(items: T[], max: number): { shown: T[]; rest: number } {
  return items.length <= max ? { shown: items, rest: 0 } : { shown: items.slice(0, max), rest: items.length - max };
}
