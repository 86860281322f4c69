import type { Figure } from "../charts/figure";
import { chartFragment, plotlyScriptTag } from "./html";
import { renderPng } from "./image";
import { BrowserNotFoundError, keepBrowserOpen } from "./browser";

export interface ShowOptions {
  /** CSS pixels of the static image (and of the interactive chart's height); default 860 x 460 */
  width?: number;
  height?: number;
  /** also keep a static PNG (default true): what a saved notebook shows where scripts do not run */
  static?: boolean;
  /** inline plotly.js in this output even if an earlier one of the session did */
  inlinePlotly?: boolean;
}

/** A notebook kernel outlives its charts: keep Chromium open a minute between them rather than relaunch it. */
const NOTEBOOK_BROWSER_IDLE_MS = 60_000;

/** plotly.js (~4.8 MB) is inlined in the first chart of a kernel session only; later charts wait for it. */
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
  const width = options.width ?? 860;
  const height = options.height ?? 460;
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
  // NEWSCOMPARE_NOTEBOOK_PLOTLY=none: keep saved notebooks small (e.g. ones committed to git); they
  // show the static images until the cells are run again in JupyterLab.
  const skip = process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY === "none" && !options.inlinePlotly;
  const lib = !skip && (!plotlyInlined || options.inlinePlotly) ? plotlyScriptTag() : "";
  if (lib) plotlyInlined = true;
  const html = lib + chartFragment(figure, { height: `${height}px`, fallbackPng: png, fallbackWidth: width, alt: title });
  const bundle: Bundle = { "text/html": html, "text/plain": `[chart] ${title}` };
  const metadata: Record<string, unknown> = {};
  if (png) {
    bundle["image/png"] = png.toString("base64");
    metadata["image/png"] = { width, height };
  }
  sendBundle(bundle, metadata);
}
