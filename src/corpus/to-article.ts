import { CorpusError, type Article, type RemovedSpan } from "./article";
import { blankSpans, findBoilerplate } from "./clean";
import { normaliseDate } from "./dates";
import { findField } from "./fields";
import type { LoadOptions, RecordFields } from "./load";
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
 * files lack. Metadata errors (an unreadable date) name the field and value; `where` names the record.
 */
export function toArticle(item: RawArticle, src: ArticleSource, fields: RecordFields, options: LoadOptions): Article {
  const prefix = item.where ? `${item.where}: ` : "";
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

  const idField = take(fields.id);
  const id = scalar(idField?.value) ?? (src.several ? `${src.stem}-${item.record}` : src.stem);

  const titleField = take(fields.title);
  let title: string | null;
  if (titleField) title = scalar(titleField.value);
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
    if (d.ok === false) throw new CorpusError(src.file, `${prefix}field '${dateField.key}': ${d.problem}`);
    published = d.value;
    const est = take(ESTIMATED);
    publishedEstimated = published !== null && (est?.value === true || String(est?.value).toLowerCase() === "true");
  }
  if (published === null && options.published) published = options.published;

  const outlet = scalar(take(fields.outlet)?.value) ?? "unknown";
  const language = scalar(take(LANGUAGE)?.value) ?? "en";
  const url = scalar(take(fields.url)?.value) ?? undefined;
  const authors = authorList(take(fields.authors)?.value);
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
  if (url !== undefined) article.url = url;
  if (authors) article.authors = authors;
  return article;
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
