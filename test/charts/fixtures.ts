import type { ArticleSummary } from "../../src/charts/corpus-summary";

/** Four hand-written article summaries: two outlets, one unknown outlet, an estimated and a missing date. */
export const SUMMARIES: ArticleSummary[] = [
  {
    id: "abc-1", file: "data/abc-1.md", title: "Trump & Putin talk <again>", outlet: "ABC News",
    published: "2025-02-12", publishedEstimated: false, words: 812, sentences: 40, characters: 5100,
    removed: [{ reason: "front matter", characters: 120 }, { reason: "share prompt", characters: 35 }],
  },
  {
    id: "wp-1", file: "data/wp-1.md", title: "Call lasts 90 minutes", outlet: "Washington Post",
    published: "2025-02-12T18:30:00Z", publishedEstimated: false, words: 1204, sentences: 61, characters: 7600,
    removed: [{ reason: "reader comment", characters: 410 }, { reason: "share prompt", characters: 22 }],
  },
  {
    id: "wp-2", file: "data/wp-2.md", title: null, outlet: "Washington Post",
    published: "2025-02-13", publishedEstimated: true, words: 530, sentences: 25, characters: 3300,
    removed: [],
  },
  {
    id: "blog-7", file: "data/blog-7.txt", title: "A blog post", outlet: "unknown",
    published: null, publishedEstimated: false, words: 95, sentences: 6, characters: 600,
    removed: [{ reason: "byline", characters: 18 }],
  },
];
