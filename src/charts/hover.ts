/**
 * Plotly reads hover text and titles as a small subset of HTML, so an article title with "<" or "&"
 * would be mangled or swallowed. Every user-provided string goes through here first.
 */
export function escapeLabel(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** "Title (id)" or just "id" when the article has no title. */
export function articleName(article: { id: string; title: string | null }): string {
  return article.title ? `${escapeLabel(article.title)} (${escapeLabel(article.id)})` : escapeLabel(article.id);
}

/** 12345 -> "12,345": exact value, grouped for reading. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
