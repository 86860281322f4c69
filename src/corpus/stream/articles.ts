import { CorpusError, type Article, type LoadWarning } from "../article";
import { mergeFields } from "../fields";
import { tooLongProblem, type LoadOptions } from "../load";
import { toArticle } from "../to-article";
import { streamRecords, type StreamOptions } from "./records";

/**
 * Articles read one at a time: `streamRecords` + the loader's `toArticle`, with the loader's rules: an
 * article over MAX_ARTICLE_CHARS is refused, a bad metadata field loads the article without it and
 * goes to `onWarning` (file, line, field), and under `strict` refuses it. A refused record goes to
 * `onProblem` and the rest goes on. Ids are not checked
 * against each other here: the caller decides (the store keeps the first of an id).
 * Unlike `loadCorpus`, outlet spellings are not unified (that needs the whole collection: the store
 * does it in SQL-side passes).
 */
export async function* streamArticles(paths: string[], options: LoadOptions & StreamOptions = {}): AsyncGenerator<Article> {
  const fields = mergeFields(options.fields);
  const problem = options.onProblem ?? (() => {});
  const warn = options.onWarning ?? (() => {});
  for await (const { raw, source } of streamRecords(paths, options)) {
    const tooLong = tooLongProblem(raw);
    if (tooLong) {
      problem({ file: source.file, problem: tooLong });
      continue;
    }
    try {
      const warnings: LoadWarning[] = [];
      const article = toArticle(raw, source, fields, options, warnings);
      warnings.forEach(warn);
      yield article;
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      problem({ file: err.file, problem: err.problem });
    }
  }
}
