import { parseArgs, type ParseArgsConfig } from "node:util";

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Options every corpus-reading command accepts. */
export const corpusOptions = {
  json: { type: "boolean" },
  "skip-bad": { type: "boolean" },
  "keep-boilerplate": { type: "boolean" },
  published: { type: "string" },
  field: { type: "string", multiple: true },
  "date-order": { type: "string" },
  strict: { type: "boolean" },
  outlet: { type: "string", multiple: true },
  from: { type: "string" },
  to: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;



export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

type Parsed<O extends OptionSpec> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** node:util parseArgs with usage errors turned into UsageError (one line, exit 2). */
export function parseCommandArgs<O extends OptionSpec>(argv: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split("\n")[0]);
  }
}

/** The bundled story, used when a command gets no PATH. */
export const DEFAULT_CORPUS = "data/trump-putin-call";

/** Help for the input options every command shares (appended to each command's usage). */
export const INPUT_HELP = `Input (every command):
  PATH...              folders (read recursively) or files: .txt .md .html .json .jsonl .csv;
                       default ${DEFAULT_CORPUS}
  --skip-bad           load what can be loaded and list the bad files on stderr instead of stopping
  --keep-boilerplate   do not remove web debris, bylines, copyright lines, reader comments
  --published DATE     publication date (YYYY-MM-DD) for articles whose metadata has none
  --field NAME=KEY     the key (column) records in .json, .jsonl or .csv use for NAME: text, title,
                       date, outlet, id, url or authors; tried before the usual names; repeatable,
                       e.g. --field text=story --field date=pub_date
  --date-order ORDER   read numeric dates in metadata ("9/16/17") day first (dmy) or month first
                       (mdy); without it they are ambiguous, a bad field
  --strict             refuse an article with a bad metadata field (an unreadable date, a list
                       where a title belongs); without it the article loads without that field,
                       with one warning naming the file, line and field
  --outlet NAME        only the articles of this outlet (repeatable, or comma-separated; any name of
                       the outlet: nyt finds the New York Times)
  --from DAY, --to DAY only articles published from / to this day (YYYY-MM-DD, inclusive); articles
                       without a date are left out`;

/** Options of the commands that compare groups of articles (report, frequencies, overlap, timeline, quotes). */
export const groupingOptions = {
  by: { type: "string" },
  label: { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export const GROUPING_HELP = `Grouping:
  --by UNIT            compare per article, outlet, date (publication day) or topic (a topic/story
                       field, else the sub-folder or the file-name series); default: per article up
                       to 12 articles, else per outlet (per topic when no outlets are named)
  --label STYLE        how articles are named on charts and in tables: full (outlet · date · title,
                       the default), title, outlet (outlet · date) or id`;
