import { randomBytes } from "node:crypto";
import type { Figure } from "../charts/figure";
import { plotlySource } from "./plotly-source";
import { escapeHtml } from "./escape";

export { escapeHtml };

/** JSON that can sit inside a <script> element: no "</script>", no line separators JS rejects. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export interface ChartFragmentOptions {
  /** element id; random when not given */
  id?: string;
  /** CSS height of the chart; default 460px */
  height?: string;
  /** a PNG of the chart, shown until plotly.js has drawn (and kept where scripts do not run) */
  fallbackPng?: Uint8Array;
  /** width attribute of the fallback image, in CSS pixels */
  fallbackWidth?: number;
  /** alt text of the fallback image */
  alt?: string;
}

/**
 * A chart as an HTML fragment: a div, an optional static image, and a script that draws the chart
 * with window.Plotly once it exists (it may be defined by a later or earlier script — a notebook
 * inlines the library once, in the first chart of the session), then hides the static image.
 */
export function chartFragment(figure: Figure, options: ChartFragmentOptions = {}): string {
  const id = options.id ?? `nc-chart-${randomBytes(6).toString("hex")}`;
  const own = figure.layout.height;
  const height = typeof own === "number" ? `${own}px` : options.height ?? "460px";
  const parts: string[] = [];
  if (options.fallbackPng) {
    const src = `data:image/png;base64,${Buffer.from(options.fallbackPng).toString("base64")}`;
    const width = options.fallbackWidth ? ` width="${options.fallbackWidth}"` : "";
    parts.push(`<img id="${id}-static" class="nc-chart-static" src="${src}"${width} alt="${escapeHtml(options.alt ?? "chart")}" style="max-width:100%">`);
  }
  const hidden = options.fallbackPng ? "display:none;" : "";
  parts.push(`<div id="${id}" class="nc-chart" style="${hidden}width:100%;height:${height}"></div>`);
  parts.push(`<script>
(function () {
  var id = ${scriptJson(id)};
  var fig = ${scriptJson(figure)};
  function draw() {
    var el = document.getElementById(id);
    if (!el) return;
    var img = document.getElementById(id + "-static");
    el.style.display = "block";
    if (img) img.style.display = "none";
    window.Plotly.newPlot(el, fig.data, fig.layout, fig.config || {}).catch(function (err) {
      if (img) { img.style.display = ""; el.style.display = "none"; }
      console.error("newscompare chart " + id + ": " + err);
    });
  }
  function start() {
    if (window.Plotly) return draw();
    var tries = 0;
    var timer = setInterval(function () {
      if (window.Plotly) { clearInterval(timer); draw(); }
      else if (++tries > 600) clearInterval(timer); // a minute: the static image stays
    }, 100);
  }
  // A chart far below the screen is drawn when the reader scrolls near it, so a page of many charts
  // opens at once; printing, or window.__ncDrawAll (set by tests and exports), draws everything.
  var box = document.getElementById(id);
  var img0 = document.getElementById(id + "-static");
  if (window.__ncDrawAll || !box || !("IntersectionObserver" in window)) return start();
  var started = false;
  function once() { if (!started) { started = true; observer.disconnect(); start(); } }
  var observer = new IntersectionObserver(function (entries) {
    for (var i = 0; i < entries.length; i++) if (entries[i].isIntersecting) return once();
  }, { rootMargin: "800px 0px" });
  observer.observe(img0 && box.style.display === "none" ? img0 : box);
  window.addEventListener("beforeprint", once);
})();
</script>`);
  return parts.join("\n");
}

/** The library inside a <script> element. */
export function plotlyScriptTag(): string {
  return `<script>${plotlySource()}</script>`;
}

export interface ChartPageOptions {
  title?: string;
  /** "inline" (default): the page carries plotly.js and works on its own; or a src URL relative to the page */
  plotly?: "inline" | { src: string };
}

/** A whole HTML page showing one chart, for saveChart(..., "x.html") and the report's charts/ folder. */
export function chartPage(figure: Figure, options: ChartPageOptions = {}): string {
  const layoutTitle = (figure.layout.title as { text?: string } | undefined)?.text;
  const title = options.title ?? layoutTitle ?? "chart";
  const plotly = options.plotly ?? "inline";
  const lib = plotly === "inline" ? plotlyScriptTag() : `<script src="${escapeHtml(plotly.src)}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{margin:0;padding:16px;font-family:sans-serif;background:#fff}</style>
${lib}
</head>
<body>
${chartFragment(figure, { height: "calc(100vh - 40px)" })}
</body>
</html>
`;
}
