/**
 * Two articles side by side with their aligned passages highlighted: verbatim passages in solid
 * orange, reworded ones in dotted blue underline; the same number marks a passage on both sides.
 * Returns an HTML fragment (no DOM), readable in the notebook and in the report.
 */
import type { Passage } from "../overlap/align";
import { escapeLabel as esc } from "./hover";
import { NOTE_COLOR, PASSAGE_CSS, RULE_COLOR } from "./theme";
import { escapeHtml } from "../render/escape";

const STYLE: Record<Passage["kind"], string> = PASSAGE_CSS;

/**
 * Text outside the passages as a reader should see it: cleaning blanks removed spans (front matter,
 * captions, debris) to spaces and newlines so offsets stay valid, which would show as empty space.
 */
function tidy(text: string): string {
  return text.replace(/[ \t]*\n(?:[ \t]*\n){2,}/g, "\n\n").replace(/ {3,}/g, " ");
}

function marked(text: string, spans: Array<{ start: number; end: number; kind: Passage["kind"]; n: number; sim: number }>): string {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += esc(tidy(at === 0 ? text.slice(0, s.start).trimStart() : text.slice(at, s.start)));
    out += `<span title="passage ${s.n}: ${s.kind}, similarity ${s.sim}" style="${STYLE[s.kind]}"><sup style="color:${NOTE_COLOR}">${s.n}</sup>${esc(text.slice(s.start, s.end))}</span>`;
    at = s.end;
  }
  return out + esc(tidy(at === 0 ? text.trimStart() : text.slice(at)));
}

/** An article to show: its text, and the label its heading shows (the id, in the heading's tooltip, by default). */
export interface SideText {
  id: string;
  text: string;
  label?: string;
}

export function sideBySideHtml(a: SideText, b: SideText, passages: Passage[]): string {
  const mine = passages.filter((p) => (p.a === a.id && p.b === b.id) || (p.a === b.id && p.b === a.id));
  const left = mine.map((p, n) => (p.a === a.id
    ? { start: p.a_start, end: p.a_end, kind: p.kind, n: n + 1, sim: p.similarity }
    : { start: p.b_start, end: p.b_end, kind: p.kind, n: n + 1, sim: p.similarity }));
  const right = mine.map((p, n) => (p.a === a.id
    ? { start: p.b_start, end: p.b_end, kind: p.kind, n: n + 1, sim: p.similarity }
    : { start: p.a_start, end: p.a_end, kind: p.kind, n: n + 1, sim: p.similarity }));
  const col = (t: SideText, body: string) =>
    `<div style="flex:1;min-width:0;padding:0 12px"><h4 style="margin:4px 0" title="${escapeHtml(t.id)}">${esc(t.label ?? t.id)}</h4><div style="white-space:pre-wrap;font-size:13px;line-height:1.45">${body}</div></div>`;
  const legend = `<p style="font-size:12px;margin:4px 12px"><span style="${STYLE.verbatim}">verbatim</span> same words &nbsp; <span style="${STYLE.reworded}">reworded</span> same content in other words &nbsp; numbers pair the passages; ${mine.length} passages</p>`;
  return `<div class="overlap-side-by-side" style="font-family:Inter,Arial,sans-serif">${legend}<div style="display:flex;max-height:640px;overflow:auto;border:1px solid ${RULE_COLOR}">${col(a, marked(a.text, left))}${col(b, marked(b.text, right))}</div></div>`;
}
