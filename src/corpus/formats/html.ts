import { CorpusError } from "../article";
import type { FormatReader } from "./types";

/** Elements that start a new paragraph in the extracted text. */
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE",
  "TD", "TH", "TR", "UL",
]);

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
  // Loaded on first use: jsdom costs a few hundred milliseconds and most corpora have no HTML.
  const { JSDOM, VirtualConsole } = require("jsdom") as typeof import("jsdom");
  const { Readability, isProbablyReaderable } = require("@mozilla/readability") as typeof import("@mozilla/readability");
  const dom = new JSDOM(text, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
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
