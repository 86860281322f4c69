import type { OverlapResult } from "../../src/overlap/index";
import type { PairEvidence } from "../../src/overlap/relation";
import type { Passage } from "../../src/overlap/align";

/** Evidence with only the fields a chart reads filled in; the rest are plausible, fixed numbers. */
function evidence(note: string): PairEvidence {
  return {
    aligned_sentences_a: 0, aligned_sentences_b: 0, sentences_a: 10, sentences_b: 12,
    narration_a: 0, narration_b: 0, quoted_share: 0, rare_overlap: 0, narration_sentences: 0, moved: 0, note,
  };
}

/**
 * A hand-written overlap result for four articles (two outlets, one unknown outlet twice), written
 * directly rather than computed, so the chart snapshots do not move when the tokenizer or the
 * aligner changes: abc-1 ↔ blog-7 is a rewrite (short blog-7 mostly inside abc-1), abc-1 ↔ wp-1
 * share quotes, wp-1 ↔ wp-2 are the same story, abc-1 ↔ wp-2 and the rest are unrelated.
 */
export const OVERLAP: OverlapResult = {
  articles: [
    { id: "abc-1", outlet: "ABC News", published: "2025-02-12", words: 400 },
    { id: "wp-1", outlet: "Washington Post", published: "2025-02-12T18:30:00Z", words: 600 },
    { id: "wp-2", outlet: "Washington Post", published: null, words: 250 },
    { id: "blog-7", outlet: "unknown", published: "2025-02-13", words: 120 },
  ],
  method: { pairs_considered: 6, pairs_aligned: 6, pairs_listed: 6, strategy: "all pairs" },
  pairs: [
    { a: "abc-1", b: "wp-1", shared_a: 0.12, shared_b: 0.08, verbatim_a: 0.1, verbatim_b: 0.07, relation: "shared quotes", evidence: evidence("the shared text is a quote of Trump") },
    { a: "abc-1", b: "wp-2", shared_a: 0, shared_b: 0, verbatim_a: 0, verbatim_b: 0, relation: "unrelated", evidence: evidence("nothing aligned") },
    { a: "abc-1", b: "blog-7", shared_a: 0.27, shared_b: 0.9, verbatim_a: 0.05, verbatim_b: 0.167, relation: "rewrite", evidence: evidence("90% of blog-7's narration is reworded from abc-1") },
    { a: "wp-1", b: "wp-2", shared_a: 0.03, shared_b: 0.072, verbatim_a: 0, verbatim_b: 0, relation: "same story", evidence: evidence("names and numbers in common, no shared passage") },
    { a: "wp-1", b: "blog-7", shared_a: 0, shared_b: 0, verbatim_a: 0, verbatim_b: 0, relation: "unrelated", evidence: evidence("nothing aligned") },
    { a: "wp-2", b: "blog-7", shared_a: 0, shared_b: 0, verbatim_a: 0, verbatim_b: 0, relation: "unrelated", evidence: evidence("nothing aligned") },
  ],
  passages: [],
  quotes: [
    {
      a: "abc-1", b: "blog-7", a_start: 10, a_end: 38, b_start: 4, b_end: 31, text_a: "We will end the war <soon>", text_b: "We will end the warfare soon",
      speaker_a: "Trump", speaker_b: "Trump", similarity: 0.833, run: 4, status: "drift", changes: [{ a: "war", b: "warfare" }],
      diff: "We will end the [-war-]{+warfare+} <soon>", matched_by: "position",
    },
    {
      a: "abc-1", b: "wp-1", a_start: 50, a_end: 70, b_start: 90, b_end: 110, text_a: "a very good call", text_b: "a very good call",
      speaker_a: "Trump", speaker_b: null, similarity: 1, run: 4, status: "same", changes: [], diff: "a very good call", matched_by: "text",
    },
    {
      a: "wp-1", b: "blog-7", a_start: 5, a_end: 40, b_start: 60, b_end: 80, text_a: "talks will start & go on", text_b: "talks would start",
      speaker_a: null, speaker_b: null, similarity: 0.5, run: 1, status: "drift", changes: [{ a: "will", b: "would" }, { a: "& go on", b: "" }],
      diff: "talks [-will-]{+would+} start[- & go on-]", matched_by: "text",
    },
  ],
  substitutions: [],
  directions: [],
};

/** Two short texts and their passages (offsets into these texts), for the side-by-side view. */
export const SIDE_A = { id: "abc-1", text: "Trump said the call was good. He spoke of the war & <peace>.\nOther news followed." };
export const SIDE_B = { id: "blog-7", text: "Intro line. Trump mentioned the call was good. He spoke of the warfare & peace." };

/** Passages of SIDE_A ↔ SIDE_B (the second stored the other way round, b → a) and one of another pair. */
export const SIDE_PASSAGES: Passage[] = [
  { a: "abc-1", b: "blog-7", a_start: 0, a_end: 29, b_start: 12, b_end: 46, kind: "reworded", similarity: 0.82, a_sentences: [0, 0], b_sentences: [1, 1] },
  { a: "blog-7", b: "abc-1", a_start: 47, a_end: 79, b_start: 30, b_end: 60, kind: "verbatim", similarity: 0.95, a_sentences: [2, 2], b_sentences: [1, 1] },
  { a: "abc-1", b: "wp-1", a_start: 61, a_end: 81, b_start: 0, b_end: 20, kind: "verbatim", similarity: 1, a_sentences: [2, 2], b_sentences: [0, 0] },
];
