import { CorpusError } from "../article";
import { estimateHtmlDepth } from "./html-depth";
import type { FormatReader } from "./types";

/** Elements that start a new paragraph in the extracted text. */
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE",
  "TD", "TH", "TR", "UL",
]);

/**
 * Elements nested deeper than this make a page unreadable here. jsdom builds deep trees in quadratic
 * time and, with Readability, walks them recursively until the stack runs out (somewhere past 2,000
 * levels, depending on the stack); refusing at a fixed depth gives the same answer on every machine.
 * Real article pages nest a few dozen levels; Chromium's parser stops nesting at 512, and so do we.
 */
export const MAX_HTML_DEPTH = 512;

/** Meta tags that carry metadata, in the order they are trusted. `content` is read from each. */
const META: Record<string, string[]> = {
  published: [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
  ],
  outlet: ['meta[property="og:site_name"]', 'meta[name="application-name"]'],
  url: ['link[rel="canonical"]', 'meta[property="og:url"]'],
  authors: ['meta[name="author"]', 'meta[property="article:author"]'],
};

/**
 * An HTML page: the article body is extracted with Mozilla's Readability (the Firefox Reader View
 * algorithm) on jsdom, so navigation, footers and related links are left out by a maintained heuristic
 * rather than by regular expressions. `raw` is the extracted text, one paragraph per block element,
 * paragraphs separated by a blank line; offsets index that text, not the HTML.
 */
export const readHtml: FormatReader = (text, { file }) => {
  const tooDeep = () => new CorpusError(file, `HTML nested too deeply (over ${MAX_HTML_DEPTH} levels of elements): not read`);
  if (estimateHtmlDepth(text, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) throw tooDeep();
  // Loaded on first use: jsdom costs a few hundred milliseconds and most corpora have no HTML.
  const { JSDOM, VirtualConsole } = require("jsdom") as typeof import("jsdom");
  const { Readability, isProbablyReaderable } = require("@mozilla/readability") as typeof import("@mozilla/readability");
  const dom = new JSDOM(text, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  // The estimate can miss nesting a parser builds on its own (e.g. reopened formatting elements): check
  // the tree too. Not window.close() then: it detaches the tree recursively and would overflow the stack.
  if (nestingDepth(doc.documentElement, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) throw tooDeep();
  const meta: Record<string, unknown> = {};
  for (const [field, selectors] of Object.entries(META)) {
    for (const sel of selectors) {
      const el = doc.querySelector(sel);
      const value = (el?.getAttribute("content") ?? el?.getAttribute("href") ?? "").trim();
      if (value) {
        meta[field] = value;
        break;
      }
    }
  }
  const lang = doc.documentElement.getAttribute("lang");
  if (lang) meta.language = lang.trim();
  // Without this check Readability returns whatever text there is (a menu) for a page with no article.
  // The thresholds admit a single paragraph of about 45 characters or more.
  if (!isProbablyReaderable(doc, { minContentLength: 20, minScore: 5 })) {
    dom.window.close();
    throw new CorpusError(file, "no article text found in the HTML page");
  }
  const parsed = new Readability(doc, { serializer: (el: Node) => el }).parse();
  dom.window.close();
  const body = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !body) throw new CorpusError(file, "no article text found in the HTML page");
  const raw = blockText(body).normalize("NFC");
  if (raw.trim() === "") throw new CorpusError(file, "no article text found in the HTML page");
  if (parsed.title) meta.title = parsed.title.trim();
  if (!meta.outlet && parsed.siteName) meta.outlet = parsed.siteName.trim();
  if (!meta.published && parsed.publishedTime) meta.published = parsed.publishedTime.trim();
  if (!meta.authors && parsed.byline) meta.authors = parsed.byline.trim();
  return [{ raw, bodyStart: 0, removed: [], meta, headlineInText: false }];
};

/** How deep elements nest under `root`, counted without recursion; stops counting past `limit`. */
function nestingDepth(root: Element, limit: number): number {
  let deepest = 0;
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return deepest;
}

/** The text of an element, one paragraph per block element, whitespace inside a paragraph collapsed. */
function blockText(root: Element): string {
  const paragraphs: string[] = [];
  let buf = "";
  const flush = () => {
    const t = buf.replace(/\s+/g, " ").trim();
    if (t) paragraphs.push(t);
    buf = "";
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) buf += (child as Text).data;
      else if (child.nodeType === 1) {
        const block = BLOCK.has((child as Element).tagName.toUpperCase());
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}
