/**
 * The unit of comparison: what one row, one column, one panel of a chart stands for. With a handful
 * of articles a reader compares articles; with ninety or a thousand, outlets (as Voyant and
 * scattertext do with a category column). The default follows the corpus, and says why.
 */

export type Unit = "article" | "outlet" | "date" | "topic";
export const UNITS: Unit[] = ["article", "outlet", "date", "topic"];

/** What one group of a unit is called in a caption, a note or an axis title ("outlet" / "outlets"). */
const NOUNS: Record<Unit, [string, string]> = {
  article: ["article", "articles"],
  outlet: ["outlet", "outlets"],
  date: ["publication day", "publication days"],
  topic: ["story", "stories"],
};

/** "outlet" / "outlets" for a unit, so every chart and sentence names what it compares. */
export function unitNoun(unit: Unit, plural = false): string {
  return NOUNS[unit][plural ? 1 : 0];
}

/** "1 outlet", "1,210 outlets". */
export function countOf(n: number, unit: Unit): string {
  return `${n.toLocaleString("en-US")} ${unitNoun(unit, n !== 1)}`;
}

/** Up to this many articles, the default unit is the article. */
export const ARTICLE_UNIT_LIMIT = 12;

export interface UnitChoice {
  unit: Unit;
  /** one sentence for the reader: which unit and why */
  reason: string;
}

/** What choosing a unit needs to know of each article. */
export interface UnitSource {
  outlet: string;
  topic?: string;
  published: string | null;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * The unit to compare by: the one asked for, else per article up to ARTICLE_UNIT_LIMIT articles,
 * per outlet beyond when at least two outlets are named, per topic when the corpus names no outlets
 * but several stories, else per article (charts then show the top rows and fold the rest).
 */
export function chooseUnit(articles: UnitSource[], requested?: Unit): UnitChoice {
  const n = articles.length;
  const outlets = new Set(articles.map((a) => a.outlet).filter((o) => o && o !== "unknown")).size;
  const topics = new Set(articles.map((a) => a.topic).filter((t): t is string => !!t)).size;
  const days = new Set(articles.map((a) => a.published?.slice(0, 10)).filter(Boolean)).size;
  const counted: Record<Unit, string> = {
    article: count(n, "article"),
    outlet: count(outlets, "outlet"),
    date: count(days, "publication day"),
    topic: count(topics, "story", "stories"),
  };
  if (requested) return { unit: requested, reason: `Compared per ${requested}, as asked: ${counted.article}, ${counted[requested === "article" ? "outlet" : requested]}.` };
  if (n <= ARTICLE_UNIT_LIMIT) return { unit: "article", reason: `Compared per article: ${counted.article} are few enough to read one by one.` };
  if (outlets >= 2) return { unit: "outlet", reason: `Compared per outlet: ${counted.article} from ${counted.outlet}, too many articles to compare one by one (more than ${ARTICLE_UNIT_LIMIT}).` };
  if (topics >= 2) return { unit: "topic", reason: `Compared per story: ${counted.article} on ${counted.topic}${outlets ? ` from ${counted.outlet}` : ", no outlet named"}.` };
  return { unit: "article", reason: `Compared per article: ${counted.article} name no outlets or stories to group them by; charts show the largest and fold the rest.` };
}
