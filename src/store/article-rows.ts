/**
 * One article → its rows in every per-article table. The analyses are the ones the in-memory path
 * runs (toDocument, the frequency walk, articleTimeline, analyseQuotes, the candidate filter's
 * signature); only aggregation differs between the two paths. Pure and synchronous: ingest workers
 * call it, and the "one answer, two paths" test compares what it stores with the in-memory results.
 */
import { createHash } from "node:crypto";
import type { Article } from "../corpus/article";
import { resolveOutlets } from "../corpus/outlets";
import { topicCandidates } from "../corpus/topics";
import { resolveCountOptions } from "../frequency/analyse";
import { walkRuns, forEachGram, isWord } from "../frequency/units";
import { analyseQuotes } from "../quotes/extract";
import { toDocument } from "../text/document";
import { ownCopy } from "../text/own-copy";
import { articleTimeline } from "../timeline/analyse";
import { articleSignature } from "./signature";

export type Row = Array<string | number | boolean | null>;

export interface ArticleRows {
  articles: Row;
  texts: Row;
  terms: Row[];
  mentions: Row[];
  quotes: Row[];
  signatures: Row[];
}

/** Single words, stopwords left out, numbers not counted: the frequencies analysis's defaults without names. */
const UNITS = resolveCountOptions([], { phrases: false });

/**
 * Porter stems of the terms met, per worker: an article has a few hundred distinct words, most of them
 * met in thousands of articles before, and stemming them each time was a tenth of the analysis.
 * Cleared when it grows past MAX_STEMS (a collection's vocabulary is a few hundred thousand words).
 */
const stems = new Map<string, string>();
const MAX_STEMS = 500_000;

function stemOf(term: string): string {
  let s = stems.get(term);
  if (s === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    const key = ownCopy(term);
    s = UNITS.stem(key);
    stems.set(key, s);
  }
  return s;
}

/**
 * What `--replace` compares: the article as read (text and metadata), not the file it came from, so a
 * moved file is not "changed". The text is hashed as it is, the rest as JSON.
 */
export function articleDigest(a: Article): string {
  const { file: _file, text: _text, raw, ...rest } = a;
  return createHash("sha1").update(raw).update("\u0000").update(JSON.stringify(rest)).digest("hex");
}

/** `roots`: the paths the ingest was given (a sub-folder of one can name the story). */
export function articleRows(a: Article, seq: number, batch: string, roots: string[] = []): ArticleRows {
  // as read, before anything below settles it: what a re-run compares
  const digest = articleDigest(a);
  const topic = topicCandidates(a, roots);
  // the outlet settled as far as one article allows (URL site, usual names); one spelling per name
  // across the collection is the outlets pass's
  resolveOutlets([a]);
  const doc = toDocument(a);
  let words = 0;
  for (const t of doc.tokens) if (isWord(t)) words++;

  // (term, form) → [count, first offset]: the frequency walk itself, so keys and forms are the in-memory ones
  const forms = new Map<string, { term: string; form: string; count: number; first: number }>();
  walkRuns(doc, UNITS, (run) =>
    forEachGram(run, 1, (term, form, from) => {
      const key = `${term}\u0000${form}`;
      const f = forms.get(key);
      if (f) f.count++;
      else forms.set(key, { term, form, count: 1, first: run.starts[from] });
    }),
  );
  const terms: Row[] = [];
  for (const f of forms.values()) terms.push([a.id, f.term, stemOf(f.term), f.form, f.count, f.first]);

  const timeline = articleTimeline(doc);
  const mentions: Row[] = timeline.mentions.map((m, i) => [
    a.id, m.start, m.end, m.text, m.type, m.value, m.mod ?? null, m.anchor ?? null, m.resolvedStart ?? null, m.resolvedEnd ?? null,
    m.direction ?? null, m.sentenceStart, m.sentenceEnd, m.sentence, i,
  ]);

  const { quotes: found, people } = analyseQuotes(doc);
  const quotes: Row[] = found.map((q, i) => {
    const person = q.speaker ? people.people.get(q.speaker) : undefined;
    return [
      a.id, q.start, q.end, q.text, q.speaker, q.cue, q.words, q.kind, q.attribution, q.speakerText, q.role, q.markStart, q.markEnd,
      q.paragraph, q.closed, JSON.stringify(q.parts), q.speakerStart, q.speakerEnd, q.cueStart, q.cueEnd,
      person ? JSON.stringify(person.aliases) : null, person ? JSON.stringify(person.roles) : null, i,
    ];
  });

  const signatures: Row[] = [];
  for (const s of articleSignature(a.text)) signatures.push([a.id, s.family, s.hash, s.shingles]);

  const removedChars = a.removed.reduce((n, r) => n + (r.end - r.start), 0);
  return {
    articles: [
      a.id, seq, batch, a.file, a.outlet, a.title, a.url ?? null, a.published, a.publishedEstimated, a.language,
      a.authors ? JSON.stringify(a.authors) : null, a.encoding, words, doc.sentences.length, removedChars, a.raw.length,
      timeline.row.published, timeline.row.estimated, digest, topic.field, topic.folder, topic.series,
    ],
    texts: [a.id, a.raw, JSON.stringify(a.removed), JSON.stringify(a.meta)],
    terms,
    mentions,
    quotes,
    signatures,
  };
}
