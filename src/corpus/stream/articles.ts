import { CorpusError, type Article } from "../article";
import { mergeFields } from "../fields";
import type { LoadOptions } from "../load";
import { toArticle } from "../to-article";
import { streamRecords, type StreamOptions } from "./records";

/**
 * Articles read one at a time: `streamRecords` + the loader's `toArticle`. A record whose metadata
 * cannot be read goes to `onProblem` (file, line, field) and the rest goes on. Ids are not checked
 * against each other here: the caller decides (the store keeps the first of an id).
 * Unlike `loadCorpus`, outlet spellings are not unified (that needs the whole collection: the store
 * does it in SQL-side passes).
 */
export async function* streamArticles(paths: string[], options: LoadOptions & StreamOptions = {}): AsyncGenerator<Article> {
  const fields = mergeFields(options.fields);
  const problem = options.onProblem ?? (() => {});
  for await (const { raw, source } of streamRecords(paths, options)) {
    try {
      yield toArticle(raw, source, fields, options);
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      problem({ file: err.file, problem: err.problem });
    }
  }
}
