/**
 * TF-IDF with the textbook formula (Manning, Raghavan & Schütze 2008, §6.2.2), the "documents"
 * being the groups (articles or outlets):
 *   tf  = raw count of the term in the group
 *   idf = ln(N / df), N = number of groups, df = groups containing the term
 *   tf-idf = tf · idf
 * Chosen over scikit-learn's smoothed idf (ln((1+N)/(1+df)) + 1) on purpose: with a handful of
 * articles, a word every article uses gets idf 0 and drops out, which is what "distinctive" means;
 * the smoothed form keeps such words with idf 1 and they top the list by raw frequency.
 */
export function idf(n: number, df: number): number {
  return df > 0 && n > 0 ? Math.log(n / df) : 0;
}

export function tfidf(count: number, n: number, df: number): number {
  return count * idf(n, df);
}
