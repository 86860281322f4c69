import type { RecordFields } from "./types";

/**
 * The field names tried, in order, for each piece of metadata. They cover the common news datasets
 * (BASIL's `body-paragraphs`, AllSides' `ID`/`source`, newspaper3k/news-please exports) and the front
 * matter of the bundled story. Matching ignores case, so `ID` and `id` are the same field.
 */
export const DEFAULT_FIELDS: RecordFields = {
  // Not "uuid": BASIL has two files whose uuid is the placeholder "empty"; its file names are unique.
  id: ["id", "article_id", "doc_id"],
  text: ["text", "body", "content", "body-paragraphs", "paragraphs", "maintext", "article"],
  title: ["title", "headline"],
  date: ["published", "date", "date_published", "publication_date", "published_at", "pubdate", "datetime"],
  outlet: ["outlet", "source", "publisher", "site", "site_name", "source_domain", "newspaper"],
  url: ["url", "link", "source_url"],
  authors: ["authors", "author", "byline"],
};

/** Defaults with the caller's lists put in front, so their names win and the defaults still apply. */
export function mergeFields(custom: Partial<RecordFields> | undefined): RecordFields {
  if (!custom) return DEFAULT_FIELDS;
  const out = { ...DEFAULT_FIELDS };
  for (const key of Object.keys(DEFAULT_FIELDS) as Array<keyof RecordFields>) {
    const own = custom[key];
    if (own && own.length) out[key] = [...own, ...DEFAULT_FIELDS[key].filter((n) => !own.includes(n))];
  }
  return out;
}

/** The first of `names` present in `meta` (case-insensitive), with the key as written there. */
export function findField(meta: Record<string, unknown>, names: string[]): { key: string; value: unknown } | null {
  const keys = Object.keys(meta);
  for (const name of names) {
    const lower = name.toLowerCase();
    const key = keys.find((k) => k.toLowerCase() === lower);
    if (key !== undefined) return { key, value: meta[key] };
  }
  return null;
}
