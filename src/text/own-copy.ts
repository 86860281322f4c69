/**
 * A copy of a string that keeps nothing else alive.
 *
 * Why: V8 makes `text.slice(a, b)` of 13 or more characters a "sliced string", a view that holds the
 * whole of `text`. A word sliced from an article and kept as a cache key keeps that article's text
 * alive for as long as the cache lives: over an ingest of a million articles the per-thread caches
 * (stems, the timeline's word masks) held every article with a long word in it, about 4 KB each, until
 * a worker ran out of heap. Caches store `ownCopy(key)` on a miss; shorter strings are copies already.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, "utf16le").toString("utf16le");
}
