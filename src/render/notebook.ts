import * as path from "node:path";
import type { Figure } from "../charts/figure";
import { chartFragment, plotlyScriptTag, scriptJson } from "./html";
import { renderPng } from "./image";
import { BrowserNotFoundError, keepBrowserOpen } from "./browser";
import { plotlyPath } from "./plotly-source";

export interface ShowOptions {
  /**
   * CSS pixels of the static image (and of the interactive chart's height); default the size the
   * figure asks for (a chart grows with its rows), else 960 x 460 — the report's export width
   */
  width?: number;
  height?: number;
  /** also keep a static PNG (default true): what a saved notebook shows where scripts do not run */
  static?: boolean;
  /** inline plotly.js (~4.8 MB) in this output, so it draws in any page that runs its scripts */
  inlinePlotly?: boolean;
}

/**
 * Where a chart output gets plotly.js from (NEWSCOMPARE_NOTEBOOK_PLOTLY in the kernel's environment):
 * - "files" (default): a few lines that, in a Jupyter page, load the project's own copy through the
 *   Jupyter server's /files/ path (its root is the project under `npm run lab`). Outputs stay small;
 *   where no Jupyter server serves the page (nbconvert HTML, GitHub) the static PNG stays.
 * - "inline": the library itself, in the first chart of a kernel session (~4.8 MB in the saved file),
 *   for a Jupyter server whose root is not the project.
 * - "none": neither; the static PNG until plotly.js is on the page some other way.
 */
type PlotlySource = "files" | "inline" | "none";

function plotlySourceSetting(): PlotlySource {
  const v = (process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY ?? "").trim().toLowerCase();
  return v === "inline" || v === "none" ? v : "files";
}

/** A notebook kernel outlives its charts: keep Chromium open a minute between them rather than relaunch it. */
const NOTEBOOK_BROWSER_IDLE_MS = 60_000;

/** Under "inline", plotly.js goes in the first chart of a kernel session only; later charts wait for it. */
let plotlyInlined = false;
let warnedNoBrowser = false;

type Bundle = Record<string, string>;
type WriteDisplayData = (message: { data: Bundle; metadata: Record<string, unknown>; transient: Record<string, unknown> }, update: boolean) => void;

/**
 * tslab's public `display` sends one MIME type per call; Jupyter's display_data message carries a
 * bundle (several representations of one output, the front end picks the best it can show). We
 * send the bundle through tslab's own writer (tslab is pinned), so there is ONE output: JupyterLab
 * shows the interactive HTML in a trusted notebook and the PNG in an untrusted one, nbconvert and
 * GitHub show the HTML, whose static <img> stays visible when its script does not run.
 */
function sendBundle(bundle: Bundle, metadata: Record<string, unknown>): void {
  let writer: WriteDisplayData | null = null;
  try {
    writer = (require("tslab/dist/jupyter") as { lastWriteDisplayData: WriteDisplayData | null }).lastWriteDisplayData;
  } catch {
    writer = null;
  }
  if (writer) return writer({ data: bundle, metadata, transient: {} }, false);
  // Fallback (another tslab): one HTML output, which carries the static image itself.
  try {
    const tslab = require("tslab") as typeof import("tslab");
    tslab.display.html(bundle["text/html"]);
  } catch (err) {
    throw new Error(`show() draws in a tslab notebook (${(err as Error).message}); outside one, use saveChart(figure, "chart.html")`);
  }
}

/**
 * Show a chart in a tslab notebook: interactive (plotly.js from node_modules, no network), with a
 * static PNG kept in the saved notebook. `await show(fig)` so the output lands in its own cell.
 */
export async function show(figure: Figure, options: ShowOptions = {}): Promise<void> {
  // a figure that asks for a height (one row per outlet, panels in pixels) must get it: squeezed into
  // a fixed box its rows and panels overprint
  const own = (key: "width" | "height") => (typeof figure.layout[key] === "number" ? (figure.layout[key] as number) : undefined);
  const width = options.width ?? own("width") ?? NOTEBOOK_WIDTH;
  const height = options.height ?? own("height") ?? NOTEBOOK_HEIGHT;
  let png: Buffer | undefined;
  if (options.static !== false) {
    keepBrowserOpen(NOTEBOOK_BROWSER_IDLE_MS);
    try {
      png = await renderPng(figure, { width, height, scale: 2 });
    } catch (err) {
      if (!(err instanceof BrowserNotFoundError)) throw err;
      if (!warnedNoBrowser) process.stderr.write(`show: interactive chart only, no static image: ${err.message}\n`);
      warnedNoBrowser = true;
    }
  }
  const title = (figure.layout.title as { text?: string } | undefined)?.text ?? "chart";
  const html = plotlyFor(options) + chartFragment(figure, { height: `${height}px`, fallbackPng: png, fallbackWidth: width, alt: title });
  const bundle: Bundle = { "text/html": html, "text/plain": `[chart] ${title}` };
  const metadata: Record<string, unknown> = {};
  if (png) {
    bundle["image/png"] = png.toString("base64");
    metadata["image/png"] = { width, height };
  }
  sendBundle(bundle, metadata);
}

/** What this output carries to get plotly.js onto the page (see PlotlySource). */
function plotlyFor(options: ShowOptions): string {
  const setting = plotlySourceSetting();
  if (options.inlinePlotly || (setting === "inline" && !plotlyInlined)) {
    plotlyInlined = true;
    return plotlyScriptTag();
  }
  if (setting !== "files") return "";
  const served = filesPath();
  if (served === null) {
    // node_modules lies outside the kernel's folder (a hoisted install): no /files/ path reaches it
    if (plotlyInlined) return "";
    plotlyInlined = true;
    return plotlyScriptTag();
  }
  return jupyterPlotlyLoader(served);
}

/** Default size of a notebook chart: the report's export width, a usual chart's height. */
export const NOTEBOOK_WIDTH = 960;
export const NOTEBOOK_HEIGHT = 460;

/** plotly.js relative to the kernel's working folder (the project root, the server root under `npm run lab`). */
function filesPath(): string | null {
  const rel = path.relative(process.cwd(), plotlyPath());
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).map(encodeURIComponent).join("/");
}

/**
 * A script that adds plotly.js to a Jupyter page once, from the server's /files/ handler: the base URL
 * comes from the page (JupyterLab and Notebook 7 keep it in #jupyter-config-data, the classic Notebook
 * on <body data-base-url>), so it works behind a prefix such as JupyterHub's /user/NAME/. Anywhere else
 * it does nothing and the chart's static image stays.
 */
export function jupyterPlotlyLoader(filesPath: string): string {
  return `<script>
(function () {
  if (window.Plotly || document.querySelector("script[data-nc-plotly]")) return;
  var base = null;
  var config = document.getElementById("jupyter-config-data");
  if (config) { try { base = JSON.parse(config.textContent).baseUrl; } catch (e) {} }
  if (base == null && document.body) base = document.body.getAttribute("data-base-url");
  if (base == null) return;
  var script = document.createElement("script");
  script.setAttribute("data-nc-plotly", "");
  base = String(base);
  script.src = base + (base.slice(-1) === "/" ? "" : "/") + "files/" + ${scriptJson(filesPath)};
  script.onerror = function () {
    console.warn("newscompare: no plotly.js at " + script.src + " (is the Jupyter server's root the project? npm run lab makes it so; or run the kernel with NEWSCOMPARE_NOTEBOOK_PLOTLY=inline); charts stay static");
  };
  document.head.appendChild(script);
})();
</script>
`;
}
