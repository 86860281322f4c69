import { CorpusError, type Article, type LoadWarning, type RemovedSpan } from "./article";
import { blankSpans, findBoilerplate } from "./clean";
import { normaliseDate } from "./dates";
import { findField } from "./fields";
import type { LoadOptions, RecordFields } from "./types";
import type { RawArticle } from "./formats/types";

/** Where a raw article came from. */
export interface ArticleSource {
  file: string;
  /** file name without extension: the id when the metadata has none */
  stem: string;
  encoding: string;
  /** the folder manifest's row for this file */
  manifest?: Record<string, string>;
  /** the file holds several articles (records): ids fall back to `<stem>-<n>`, a manifest id does not apply */
  several: boolean;
}

/** Keys read into Article fields; everything else stays in `meta` verbatim. */
const ESTIMATED = ["published_estimated", "publishedEstimated", "date_estimated"];
const LANGUAGE = ["language", "lang"];

/** A headline: a short line that does not end like a sentence (a question is fine). */
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;

/**
 * Interpret a raw article's metadata and clean its text. The manifest's cells override the file's own
 * metadata: a manifest is what the person assembling the corpus says, usually to fix or add what the
 * files lack. A bad metadata field (an unreadable date, a list where a title should be) costs the
 * article that field, not the article: one warning names the field and value (`where` names the
 * record), and the value stays in `meta` as it was. `options.strict` refuses the article instead.
 */
export function toArticle(
  item: RawArticle,
  src: ArticleSource,
  fields: RecordFields,
  options: LoadOptions,
  warnings: LoadWarning[] = [],
): Article {
  const prefix = item.where ? `${item.where}: ` : "";
  /** A bad field: a warning and the article without it, or under `strict` the article refused. */
  const badField = (key: string, problem: string, without: string) => {
    const message = `${prefix}field '${key}': ${problem}`;
    if (options.strict) throw new CorpusError(src.file, message);
    warnings.push({ file: src.file, message: `${message}; loaded ${without}` });
    used.delete(key); // kept in meta verbatim: nothing the file said is lost
  };
  const meta: Record<string, unknown> = { ...item.meta };
  if (src.manifest) {
    for (const [k, v] of Object.entries(src.manifest)) {
      if (src.several && fields.id.some((n) => n.toLowerCase() === k.toLowerCase())) continue;
      // Replace the file's own key for the same field, whatever its spelling, so the manifest wins.
      const existing = findField(meta, [k]);
      if (existing) delete meta[existing.key];
      meta[k] = v;
    }
  }
  const used = new Set<string>();
  const take = (names: string[]) => {
    const f = findField(meta, names);
    if (f) used.add(f.key);
    return f;
  };

  if (item.raw.slice(item.bodyStart).trim() === "") {
    throw new CorpusError(src.file, `${prefix}empty file (${item.bodyStart > 0 ? "only front matter" : "no text"})`);
  }
  // Boilerplate is looked for when it is removed, or when a headline has to be guessed past it.
  const needBoilerplate = !options.keepBoilerplate || (item.headlineInText && !findField(meta, fields.title));
  const boilerplate = needBoilerplate ? findBoilerplate(item.raw, item.bodyStart) : [];
  const removed: RemovedSpan[] = [...item.removed, ...(options.keepBoilerplate ? [] : boilerplate)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const text = blankSpans(item.raw, removed);

  /** A field that should hold one value (text or a number); a list or object there is a bad field. */
  const takeScalar = (names: string[], what: string, without: string): string | null => {
    const f = take(names);
    if (!f) return null;
    const value = scalar(f.value);
    if (value === null && !isEmpty(f.value)) badField(f.key, `not ${what} (${describe(f.value)})`, without);
    return value;
  };

  const fallbackId = src.several ? `${src.stem}-${item.record}` : src.stem;
  const id = takeScalar(fields.id, "an id", `with the id '${fallbackId}'`) ?? fallbackId;

  const titleField = findField(meta, fields.title);
  let title: string | null;
  if (titleField) title = takeScalar(fields.title, "text", "with no title");
  else if (item.headlineInText) {
    // Guess from the cleaned body even with keepBoilerplate, so "• Loading..." never becomes a title.
    const cleaned = options.keepBoilerplate ? blankSpans(item.raw, [...item.removed, ...boilerplate]) : text;
    title = headline(cleaned, item.bodyStart);
  } else title = null;

  const dateField = take(fields.date);
  let published: string | null = null;
  let publishedEstimated = false;
  if (dateField) {
    const d = normaliseDate(dateField.value, options.dateOrder);
    if (d.ok === false) badField(dateField.key, d.problem, options.published ? `with the given date ${options.published}` : "with no date");
    else {
      published = d.value;
      const est = take(ESTIMATED);
      publishedEstimated = published !== null && (est?.value === true || String(est?.value).toLowerCase() === "true");
    }
  }
  const publishedFrom = published !== null ? "source" : options.published ? "given" : undefined;
  if (published === null && options.published) published = options.published;

  const outlet = takeScalar(fields.outlet, "a name", "without it") ?? "unknown";
  const language = takeScalar(LANGUAGE, "a language code", "as English ('en')") ?? "en";
  const url = takeScalar(fields.url, "a link", "with no url") ?? undefined;
  const authorsField = take(fields.authors);
  const authors = authorList(authorsField?.value);
  if (authorsField && !authors && !isEmpty(authorsField.value)) {
    badField(authorsField.key, `not a name or a list of names (${describe(authorsField.value)})`, "with no authors");
  }
  take(ESTIMATED);

  const rest: Record<string, unknown> = {};
  for (const k of Object.keys(meta)) if (!used.has(k)) rest[k] = meta[k];

  const article: Article = {
    id,
    file: src.file,
    title,
    outlet,
    published,
    publishedEstimated,
    language,
    raw: item.raw,
    text,
    removed,
    encoding: src.encoding,
    meta: rest,
  };
  if (publishedFrom) article.publishedFrom = publishedFrom;
  if (url !== undefined) article.url = url;
  if (authors) article.authors = authors;
  return article;
}

/** Nothing there: missing, null, blank text or an empty list (no warning for those). */
function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
}

/** A short description of an unusable value for a warning: its kind and the start of its JSON. */
function describe(v: unknown): string {
  const kind = Array.isArray(v) ? "a list" : v instanceof Date ? "a date" : typeof v === "object" ? "an object" : typeof v;
  const json = JSON.stringify(v) ?? String(v);
  return `${kind}: ${json.length > 60 ? `${json.slice(0, 57)}...` : json}`;
}

/** A metadata value as trimmed text; null for missing, empty or structured values. */
function scalar(v: unknown): string | null {
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v !== "string") return null;
  const t = v.trim();
  return t === "" ? null : t;
}

/** Authors as a list: a YAML/JSON list, or a byline string split on commas, semicolons and "and". */
function authorList(v: unknown): string[] | undefined {
  let names: string[];
  if (Array.isArray(v)) names = v.filter((x): x is string => typeof x === "string");
  else if (typeof v === "string") names = v.replace(/^\s*by\s+/i, "").split(/\s*(?:;|,|\band\b|&)\s*/);
  else return undefined;
  names = names.map((n) => n.trim()).filter((n) => n !== "");
  return names.length ? names : undefined;
}

/** The first non-blank line from `from`, when it looks like a headline and more text follows it. */
function headline(text: string, from: number): string | null {
  const m = /\S[^\n]*/.exec(text.slice(from));
  if (!m) return null;
  const end = from + m.index + m[0].length;
  if (text.slice(end).trim() === "") return null;
  const line = m[0].replace(/^#{1,6}\s+/, "").trim();
  if (line.length === 0 || line.length > MAX_HEADLINE_CHARS) return null;
  if (line.split(/\s+/).length > MAX_HEADLINE_WORDS) return null;
  if (/[.,;:]$/.test(line)) return null;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(line)) return null;
  return line;
}
