/**
 * Sentence-similarity weights trained on the MSR paraphrase training split (4076 pairs) by
 * bench/overlap/train-similarity.ts --write. 10-fold CV: accuracy 74.6%, F1 82.2%
 * (word-overlap threshold: 70.9%, F1 79.6%). Feature order: FEATURE_NAMES in similarity.ts.
 */
import type { LogisticModel } from "./logistic";

export const SIMILARITY_MODEL: LogisticModel = {
  weights: [-0.1730, -0.9107, -0.3229, 2.4312, 1.8945, 0.0945, -0.9008, 0.0615, 4.2406, -3.7073, 5.5257, -1.1057],
  bias: -5.2550,
};
