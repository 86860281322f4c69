/**
 * English stopwords for news text.
 *
 * Why our own list: natural's `stopwords` drops content words news analysis needs ("said", "like",
 * "way", "make", "take") yet keeps "will", "not", "no"; stopwords-iso's 1,298 words drop "new",
 * "year", "world". This list is closed-class words only (articles, pronouns, auxiliaries,
 * prepositions, conjunctions, determiners, common adverbs) in the tokeniser's norm form: lower case,
 * straight apostrophes, contractions whole ("don't"), the clitic "'s" on its own. Reporting verbs
 * ("said", "says", "told") are NOT stopwords by default; add `REPORTING_VERBS` when counting topics.
 */

export const ENGLISH_STOPWORDS: readonly string[] = [
  "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "aren't",
  "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
  "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down",
  "during", "each", "either", "else", "ever", "every", "few", "for", "from", "further", "had", "hadn't", "has",
  "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "her", "here", "hers", "herself", "him",
  "himself", "his", "how", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't",
  "it", "its", "itself", "just", "let", "me", "might", "more", "most", "much", "must", "mustn't", "my",
  "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "others",
  "ought", "our", "ours", "ourselves", "out", "over", "own", "per", "same", "shall", "shan't", "she", "she'd",
  "she'll", "should", "shouldn't", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
  "themselves", "then", "there", "these", "they", "they'd", "they'll", "they're", "they've", "this", "those",
  "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was",
  "wasn't", "we", "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "when", "where", "whether",
  "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "won't", "would",
  "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
  "'s", "'", "''", "n't", "'re", "'ve", "'ll", "'d", "'m",
];

/**
 * The overlap's sentence-similarity model was trained with this shorter list (NLTK's English list
 * and a few contractions): its weights and IDF table depend on it, so it stays as trained.
 */
export const SIMILARITY_STOPWORDS: readonly string[] = (
  "a about above after again against all am an and any are as at be because been before being below between both but by " +
  "can could did do does doing down during each few for from further had has have having he her here hers herself him " +
  "himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other " +
  "our ours ourselves out over own same she should so some such than that the their theirs them themselves then there " +
  "these they this those through to too under until up very was we were what when where which while who whom why will " +
  "with would you your yours yourself 's s t don't it's he's i'm we'll i've would've also"
).split(" ");

/** Verbs of saying that dominate news text; a stopword for topic counts, not for quote analysis. */
export const REPORTING_VERBS: readonly string[] = [
  "say", "says", "said", "saying", "tell", "tells", "told", "telling", "according",
];

const defaultSet: ReadonlySet<string> = new Set(ENGLISH_STOPWORDS);
const setCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A set for a list (cached per list object, so passing the same array twice costs nothing). */
export function stopwordSet(list: readonly string[] | ReadonlySet<string> = ENGLISH_STOPWORDS): ReadonlySet<string> {
  if (list instanceof Set) return list;
  const arr = list as readonly string[];
  if (arr === ENGLISH_STOPWORDS) return defaultSet;
  let s = setCache.get(arr);
  if (!s) {
    s = new Set(arr);
    setCache.set(arr, s);
  }
  return s;
}

/** Is this token norm a stopword (default: ENGLISH_STOPWORDS)? Pass a token's `norm`, not its surface. */
export function isStopword(norm: string, list?: readonly string[] | ReadonlySet<string>): boolean {
  return stopwordSet(list).has(norm);
}
