/**
 * How deep a page's elements nest, estimated from the markup in one linear pass, before any parser sees
 * it. jsdom builds a deeply nested tree in time that grows with the square of the depth (1.4 s at 1,000
 * levels, 45 s at 8,000) and then overflows the stack while walking it, so a pathological page has to
 * be turned away before parsing, not after.
 *
 * The estimate counts open elements the way an HTML parser nests them, closely enough for a guard:
 * void elements (`<br>`), self-closed tags (`<path/>`) and elements whose end tag is optional and
 * which close themselves when a sibling opens (`<p>`, `<li>`, `<td>`...) add nothing themselves, but
 * the list or table holding them counts their level too; an end tag closes the innermost open element
 * of its name and those inside it, and is ignored when none is open (as a parser does, so `<div></span>`
 * repeated still counts as nesting); the end tag of a formatting element (`<a>`, `<b>`...) closes only
 * that element, as the parser's adoption agency leaves the blocks opened inside it open (`<a><div></a>`
 * repeated nests divs); comments and the contents of `<script>`, `<style>` and the like are skipped.
 * An element is looked at a bounded number of times, so the scan is linear in the page.
 */

/** Elements that never have content. */
const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "basefont", "bgsound", "frame", "keygen",
]);

/** Elements a sibling of the same kind closes: a run of them is a list, not a nesting. */
const SELF_CLOSING_SIBLINGS = new Set([
  "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup",
  "rb", "rt", "rtc", "rp", "html", "head", "body",
]);

/** Levels an element stands for: a table gets a tbody, a row and a cell; a list its items. */
const LEVELS: Record<string, number> = { table: 4, ul: 2, ol: 2, menu: 2, dl: 2, ruby: 2, select: 2 };

/** Formatting elements: their end tag does not close blocks opened inside them. */
const FORMATTING = new Set(["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);

/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"]);

/** The deepest nesting found, or the first depth over `limit` (the scan stops there). */
export function estimateHtmlDepth(html: string, limit: number): number {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let depth = 0;
  let deepest = 0;
  let pos = 0;
  const remove = (at: number) => {
    const [name] = open.splice(at, 1);
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
    depth -= LEVELS[name] ?? 1;
  };
  for (;;) {
    const lt = html.indexOf("<", pos);
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end === -1) break;
      pos = end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt === -1) break;
    pos = gt + 1;
    const closing = html.charCodeAt(lt + 1) === 47; // "/"
    const name = /^[a-zA-Z][^\s/>]*/.exec(html.slice(lt + (closing ? 2 : 1), Math.min(gt, lt + 40)))?.[0].toLowerCase();
    if (!name || VOID.has(name) || SELF_CLOSING_SIBLINGS.has(name)) {
      if (name && !closing && RAW_TEXT.has(name)) pos = skipRawText(html, name, pos);
      continue;
    }
    if (closing) {
      if (!openCount.get(name)) continue;
      if (FORMATTING.has(name)) {
        remove(open.lastIndexOf(name));
        continue;
      }
      while (open[open.length - 1] !== name) remove(open.length - 1);
      remove(open.length - 1);
      continue;
    }
    if (html.charCodeAt(gt - 1) === 47) continue; // "<x/>"
    if (RAW_TEXT.has(name)) {
      pos = skipRawText(html, name, pos);
      continue;
    }
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    depth += LEVELS[name] ?? 1;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}

/** Where the end tag of a raw-text element starts (its text holds no markup); the end of the page if none. */
function skipRawText(html: string, name: string, from: number): number {
  const end = indexOfIgnoringCase(html, `</${name}`, from);
  return end === -1 ? html.length : end;
}

function indexOfIgnoringCase(text: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}
