import * as fs from "node:fs";
import * as path from "node:path";
import { CorpusError } from "../corpus/article";
import { loadCorpus, type LoadOptions, type LoadResult, type RecordFields } from "../corpus/load";
import { DEFAULT_FIELDS } from "../corpus/fields";
import type { DateOrder } from "../corpus/dates";
import { filterArticles, type ArticleFilter } from "../corpus/filter";
import { chooseUnit, UNITS, type Unit } from "../grouping/unit";
import { groupArticles, type Grouping } from "../grouping/groups";
import { LABEL_STYLES, type LabelStyle } from "../grouping/labels";
import { DEFAULT_CORPUS, UsageError } from "./args";
import type { CommandIO } from "./io";

/** The corpus-reading options every command shares (see `corpusOptions`). */
export interface InputValues {
  published?: string;
  "skip-bad"?: boolean;
  "keep-boilerplate"?: boolean;
  field?: string[];
  "date-order"?: string;
  strict?: boolean;
  outlet?: string[];
  from?: string;
  to?: string;
}

/** The grouping flags (see `groupingOptions`). */
export interface GroupingValues {
  by?: string;
  label?: string;
}

/** The bundled story relative to the working directory, else the one shipped with the package. */
export function defaultCorpus(): string {
  if (fs.existsSync(DEFAULT_CORPUS)) return DEFAULT_CORPUS;
  const shipped = path.resolve(__dirname, "../..", DEFAULT_CORPUS);
  return fs.existsSync(shipped) ? shipped : DEFAULT_CORPUS;
}

/** `--published`: a real calendar date as YYYY-MM-DD (2025-13-01 is a usage error, not a date). */
export function publishedOption(value: string | undefined): string | undefined {
  return dayOption("published", value);
}

/** A day option (`--published`, `--from`, `--to`): a real calendar date as YYYY-MM-DD. */
export function dayOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new UsageError(`--${name} wants a date as YYYY-MM-DD, got '${value}'`);
  }
  return v;
}

/** `--outlet`, `--from`, `--to` as a filter; undefined when none is given. */
export function filterOption(values: InputValues): ArticleFilter | undefined {
  const outlets = (values.outlet ?? []).flatMap((o) => o.split(",")).map((o) => o.trim()).filter(Boolean);
  const from = dayOption("from", values.from);
  const to = dayOption("to", values.to);
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  if (!outlets.length && !from && !to) return undefined;
  return { outlets: outlets.length ? outlets : undefined, from, to };
}

/** `--by` and `--label`, validated (usage errors exit 2). */
export function groupingOption(values: GroupingValues): { by?: Unit; label?: LabelStyle } {
  const by = values.by?.trim().toLowerCase();
  if (by !== undefined && !(UNITS as string[]).includes(by)) throw new UsageError(`--by wants ${UNITS.join(", ")}, got '${values.by}'`);
  const label = values.label?.trim().toLowerCase();
  if (label !== undefined && !(LABEL_STYLES as string[]).includes(label)) throw new UsageError(`--label wants ${LABEL_STYLES.join(", ")}, got '${values.label}'`);
  return { by: by as Unit | undefined, label: label as LabelStyle | undefined };
}

/** The articles' grouping for `--by`/`--label` (the default unit follows the corpus). */
export function groupingFor(articles: LoadResult["articles"], values: GroupingValues): Grouping {
  const { by, label } = groupingOption(values);
  return groupArticles(articles, chooseUnit(articles, by), label);
}

/** Load options from the shared flags; validates them (usage errors exit 2). */
export function loadOptions(values: InputValues): LoadOptions {
  return {
    skipBad: Boolean(values["skip-bad"]),
    keepBoilerplate: Boolean(values["keep-boilerplate"]),
    published: publishedOption(values.published),
    fields: fieldOptions(values.field),
    dateOrder: dateOrderOption(values["date-order"]),
    strict: Boolean(values.strict),
  };
}

/** `--date-order dmy|mdy` */
export function dateOrderOption(value: string | undefined): DateOrder | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v !== "dmy" && v !== "mdy") throw new UsageError(`--date-order wants dmy (day first) or mdy (month first), got '${value}'`);
  return v;
}

/** `--field NAME=KEY` (repeatable): record keys to try first for a field; `--field text=a --field text=b` tries a, then b. */
export function fieldOptions(values: string[] | undefined): Partial<RecordFields> | undefined {
  if (!values || values.length === 0) return undefined;
  const out: Partial<RecordFields> = {};
  const names = Object.keys(DEFAULT_FIELDS) as Array<keyof RecordFields>;
  for (const v of values) {
    const eq = v.indexOf("=");
    const name = v.slice(0, eq).trim().toLowerCase() as keyof RecordFields;
    const key = v.slice(eq + 1).trim();
    if (eq < 0 || !key) throw new UsageError(`--field wants NAME=KEY (e.g. text=story), got '${v}'`);
    if (!names.includes(name)) throw new UsageError(`--field: unknown field '${v.slice(0, eq)}' (known: ${names.join(", ")})`);
    (out[name] ??= []).push(key);
  }
  return out;
}

/**
 * Load the command's PATHs (default: the bundled story) the same way for every command: warnings
 * and skipped files go to stderr, one line each naming the file; no article at all is a data error.
 */
export function loadInput(positionals: string[], values: InputValues, io: CommandIO): LoadResult {
  const options = loadOptions(values);
  const filter = filterOption(values);
  const paths = positionals.length > 0 ? positionals : [defaultCorpus()];
  const loaded = loadCorpus(paths, options);
  for (const w of loaded.warnings) io.stderr(`${w.file}: warning: ${w.message}\n`);
  for (const s of loaded.skipped) io.stderr(`${s.file}: skipped: ${s.problem}\n`);
  if (loaded.articles.length === 0) throw new CorpusError(paths.join(" "), "no article could be loaded");
  const filtered = filterArticles(loaded.articles, filter);
  if (filtered.note) io.stderr(`${filtered.note}\n`);
  if (filtered.kept.length === 0) throw new CorpusError(paths.join(" "), "no article matches --outlet/--from/--to");
  return { ...loaded, articles: filtered.kept };
}
