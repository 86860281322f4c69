/** The unit of comparison (article, outlet, date, topic), groups of articles and their readable labels. */
export { chooseUnit, unitNoun, countOf, UNITS, ARTICLE_UNIT_LIMIT } from "./unit";
export type { Unit, UnitChoice, UnitSource } from "./unit";
export { groupArticles, defaultGrouping, unitKey, topRows, NO_OUTLET, NO_DATE, NO_TOPIC } from "./groups";
export type { Grouping, UnitGroup, GroupSource } from "./groups";
export { articleLabel, articleLabels, shortTitle, looksLikeId, LABEL_STYLES, TITLE_CHARS } from "./labels";
export type { LabelStyle, LabelSource } from "./labels";
