import * as path from "node:path";
import type { Article } from "./article";
import { findField } from "./fields";

/**
 * The story (topic) an article belongs to, for corpora that hold several: AllSides has a `topic`
 * field, BASIL names each event in `main-event`, a folder may hold one sub-folder per story, and
 * WikiRef220 names its files after their story ("ParisAttacks2015 (3).txt", "greek.elections.2.txt").
 * Looked for in that order: a metadata field, the sub-folder under the folder given, the file-name
 * series. Articles of a corpus with no such sign have no topic.
 */

/** Metadata fields that name an article's story, tried in order (case-insensitive). */
export const TOPIC_FIELDS = ["topic", "story", "event", "main-event", "main_event", "category"];

/** A file name's series: the name without a trailing counter ("ParisAttacks2015 (3)" → "ParisAttacks2015"). */
export function fileSeries(file: string): string | null {
  const stem = path.basename(file, path.extname(file));
  const m = /^(.*?\D)[\s._-]*(?:\(\d+\)|\d+)$/.exec(stem);
  if (!m) return null;
  const series = m[1].replace(/[\s._-]+$/, "");
  return series.length >= 2 ? series : null;
}

/** The sub-folder of `file` under one of the folders given, or null when it sits at the top. */
function subFolder(file: string, roots: string[]): string | null {
  const full = path.resolve(file);
  for (const root of roots) {
    const rel = path.relative(path.resolve(root), full);
    if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) {
      const dir = path.dirname(rel);
      return dir === "." ? null : dir.split(path.sep).join("/");
    }
  }
  return null;
}

/** Where a story can be read from, in the order tried. */
export const TOPIC_SOURCES = ["field", "folder", "series"] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];

/** An article's story as each source would give it (null where that source says nothing). */
export function topicCandidates(a: Pick<Article, "meta" | "file">, roots: string[]): Record<TopicSource, string | null> {
  const f = findField(a.meta, TOPIC_FIELDS);
  const field = typeof f?.value === "string" && f.value.trim() ? f.value.trim() : typeof f?.value === "number" ? String(f.value) : null;
  return { field, folder: subFolder(a.file, roots), series: fileSeries(a.file) };
}

/**
 * Set `topic` on every article whose corpus shows one (see the module comment). A source is used
 * only when it sorts the corpus into at least two stories with at least two articles in one.
 */
export function assignTopics(articles: Article[], roots: string[]): void {
  const candidates = articles.map((a) => topicCandidates(a, roots));
  for (const source of TOPIC_SOURCES) {
    const topics = candidates.map((c) => c[source]);
    const counts = new Map<string, number>();
    for (const t of topics) if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
    if (!sortsIntoStories(counts.size, Math.max(0, ...counts.values()))) continue;
    articles.forEach((a, i) => {
      if (topics[i] !== null) a.topic = topics[i]!;
    });
    return;
  }
}

/**
 * The rule a source must pass: at least two stories, one with at least two articles (`largest`: the
 * articles of its largest story). The loader counts the articles it holds; a store counts in SQL.
 */
export function sortsIntoStories(stories: number, largest: number): boolean {
  return stories >= 2 && largest >= 2;
}
