/**
 * Readable names for articles on charts and in tables. A reader recognises "Fox News · 2012-06-03 ·
 * Sestak says…", not "2b95d2cf-e979-4f9c-ae27-9a5370934f23_1"; the id stays in the hover and the
 * CSV. The label is built from the metadata the article has: outlet, publication day, a shortened
 * title — and the id only when it reads as a name ("wapo-call") and there is no title.
 */

/** full: outlet · day · title (default); title: the title alone; outlet: outlet · day; id: the id. */
export type LabelStyle = "full" | "title" | "outlet" | "id";
export const LABEL_STYLES: LabelStyle[] = ["full", "title", "outlet", "id"];

/** What a label is made of: any article-like record. */
export interface LabelSource {
  id: string;
  title: string | null;
  outlet: string;
  published: string | null;
}

/** Longest title part of a label, in characters. */
export const TITLE_CHARS = 36;
const SEP = " · ";

/**
 * Ids that are not names: UUIDs, long hex or base64-like runs, bare numbers, hash-like file stems
 * ("004Gt3gcsotuiYmz", "000_9fc321f774faf36d"). Such an id never stands in a label where the
 * article has a title or an outlet.
 */
export function looksLikeId(s: string): boolean {
  const t = s.trim();
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(t)) return true;
  // a day, month or year is a name for a time, not an id ("2010-12-01", "2012")
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t)) return false;
  if (/^[\d\s_#.-]*$/.test(t)) return true;
  // a run of 8+ hex digits mixing digits and letters: a UUID part or a hash, even when shortened ("2b95d2cf…934f23_1")
  if (t.split(/[\s_.\-/…]+/).some((w) => w.length >= 8 && /^[0-9a-f]+$/i.test(w) && /\d/.test(w) && /[a-f]/i.test(w))) return true;
  // a long word that switches between letters and digits again and again is a hash or a key
  // ("9fc321f774faf36d", "004Gt3gcsotuiYmz"), not a name ("ParisAttacks2015", "G20")
  return t.split(/[\s_.\-/]+/).some((w) => w.length >= 10 && (w.match(/\d(?=\D)|\D(?=\d)/g) ?? []).length >= 3);
}

/** A title cut at a word boundary to about `max` characters, with "…" when cut. */
export function shortTitle(title: string, max = TITLE_CHARS): string {
  const t = title.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.5 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,;:.–—-]+$/, "")}…`;
}

const known = (outlet: string) => outlet && outlet !== "unknown";
const day = (published: string | null) => (published ? published.slice(0, 10) : null);

/** One article's label in the given style; `id` only where the metadata has nothing else. */
export function articleLabel(a: LabelSource, style: LabelStyle = "full"): string {
  const named = !looksLikeId(a.id);
  const title = a.title ? shortTitle(a.title) : named ? a.id : null;
  let parts: Array<string | null>;
  if (style === "id") parts = [a.id];
  else if (style === "title") parts = [title ?? (known(a.outlet) ? a.outlet : null), title ? null : day(a.published)];
  else if (style === "outlet") parts = [known(a.outlet) ? a.outlet : null, day(a.published)];
  else parts = [known(a.outlet) ? a.outlet : null, day(a.published), title];
  return parts.filter((p): p is string => !!p).join(SEP) || a.id;
}

/**
 * Labels for a list of articles, unique within it: two articles that would read the same get the
 * end of their id added ("Fox News · 2012-06-03 · #3"), so no two rows of a chart merge.
 */
export function articleLabels(articles: LabelSource[], style: LabelStyle = "full"): Map<string, string> {
  const first = articles.map((a) => articleLabel(a, style));
  const seen = new Map<string, number>();
  for (const l of first) seen.set(l, (seen.get(l) ?? 0) + 1);
  const out = new Map<string, string>();
  const used = new Set<string>();
  articles.forEach((a, i) => {
    let label = first[i];
    if ((seen.get(label) ?? 0) > 1 && style !== "id") label = `${label}${SEP}#${idTail(a.id)}`;
    let n = 2;
    const base = label;
    while (used.has(label)) label = `${base} (${n++})`;
    used.add(label);
    out.set(a.id, label);
  });
  return out;
}

/** The distinguishing end of an id: its last part after a separator, or its last 6 characters. */
function idTail(id: string): string {
  const last = id.split(/[_\-./\s]+/).filter(Boolean).pop() ?? id;
  return last.length <= 8 ? last : id.slice(-6);
}
