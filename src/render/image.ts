import type { Figure } from "../charts/figure";
import { withRenderer } from "./browser";

export interface ImageOptions {
  /** CSS pixels; default 900 */
  width?: number;
  /** CSS pixels; default 500 */
  height?: number;
  /** pixel density: a PNG is width*scale by height*scale pixels; default 1 */
  scale?: number;
}

type Format = "png" | "svg";

/**
 * The longest side of an image, in drawn pixels (CSS pixels times scale). Chromium's canvas stops
 * at 32,767, and a figure that tall (one panel per article of a thousand) costs minutes and gigabytes
 * to lay out for a strip nobody reads: it is refused before the browser sees it.
 */
export const MAX_IMAGE_SIDE = 32_000;

/** The most figure data (JSON, after hover-only fields are dropped) one image may send to the browser. */
export const MAX_FIGURE_BYTES = 32 * 1024 * 1024;

/** The most text labels one image may draw (a heatmap labels every cell): each is an SVG node in the page. */
export const MAX_TEXT_LABELS = 50_000;

/** How many text labels a trace draws on the chart: one per point or cell, when it draws text at all. */
function textLabels(trace: Record<string, unknown>): number {
  const labelled = (typeof trace.texttemplate === "string" && trace.texttemplate !== "") || (Array.isArray(trace.text) && drawsText(trace));
  if (!labelled) return 0;
  const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  if (Array.isArray(trace.z)) return (trace.z as unknown[]).reduce<number>((n, row) => n + Math.max(1, len(row)), 0);
  return Math.max(len(trace.x), len(trace.y), len(trace.values), len(trace.text));
}

/** A figure refused before drawing, saying why; nothing was sent to the browser. */
export class ImageTooLargeError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = "ImageTooLargeError";
  }
}

/** Trace fields only a hover shows; a static image never does. */
const HOVER_ONLY = ["hovertext", "hovertemplate", "hoverinfo", "hoverlabel", "customdata"];

/** Is a trace's `text` drawn on the chart (not only shown on hover)? */
function drawsText(trace: Record<string, unknown>): boolean {
  if (typeof trace.texttemplate === "string" && trace.texttemplate) return trace.texttemplate.includes("%{text");
  const type = String(trace.type ?? "scatter");
  if (type === "scatter" || type === "scattergl" || type === "scatterpolar") return String(trace.mode ?? "").includes("text");
  if (type === "bar" || type === "funnel" || type === "waterfall") return trace.textposition !== "none";
  if (type === "heatmap" || type === "histogram2d" || type === "contour" || type === "box" || type === "violin") return false;
  return true; // pie, table, sankey and the rest: keep
}

/**
 * The figure as a static image needs it: hover-only data dropped (a heatmap's per-cell hover text
 * is most of its bytes), interactivity off. What is drawn is unchanged.
 */
export function staticFigure(figure: Figure): Figure {
  const data = figure.data.map((trace) => {
    const kept: Record<string, unknown> = {};
    const usesCustomdata = typeof trace.texttemplate === "string" && trace.texttemplate.includes("customdata");
    for (const [key, value] of Object.entries(trace)) {
      if (HOVER_ONLY.includes(key) && !(key === "customdata" && usesCustomdata)) continue;
      if (key === "text" && !drawsText(trace)) continue;
      kept[key] = value;
    }
    return kept;
  });
  return { data, layout: figure.layout };
}

/** The size an image is drawn at: the caller's, else the figure's own, else 900 x 500 at scale 1. */
export function imageSize(figure: Figure, options: ImageOptions = {}): { width: number; height: number; scale: number } {
  const own = (key: "width" | "height") => (typeof figure.layout[key] === "number" ? (figure.layout[key] as number) : undefined);
  return { width: options.width ?? own("width") ?? 900, height: options.height ?? own("height") ?? 500, scale: options.scale ?? 1 };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** Why a figure is too large to draw as an image at this size, or null when it is not. */
export function imageProblem(figure: Figure, format: Format, options: ImageOptions = {}, json = JSON.stringify(staticFigure(figure))): string | null {
  const { width, height, scale } = imageSize(figure, options);
  const drawn = format === "png" ? scale : 1;
  const side = Math.max(width, height) * drawn;
  if (side > MAX_IMAGE_SIDE) {
    return `${fmt(side)} px ${height >= width ? "tall" : "wide"}, over the ${fmt(MAX_IMAGE_SIDE)} px an image may be`;
  }
  const labels = figure.data.reduce((n, trace) => n + textLabels(trace), 0);
  if (labels > MAX_TEXT_LABELS) return `${fmt(labels)} text labels, over the ${fmt(MAX_TEXT_LABELS)} an image may draw`;
  if (json.length > MAX_FIGURE_BYTES) return `${fmt(json.length / 1024 / 1024)} MB of figure data, over the ${fmt(MAX_FIGURE_BYTES / 1024 / 1024)} MB an image may draw`;
  return null;
}

async function toImage(figure: Figure, format: Format, options: ImageOptions): Promise<string> {
  // A figure that asks for a size (e.g. one row per article) keeps it unless the caller overrides.
  const json = JSON.stringify(staticFigure(figure));
  const problem = imageProblem(figure, format, options, json);
  if (problem) throw new ImageTooLargeError(problem);
  const opts = { format, ...imageSize(figure, options) };
  return withRenderer((page) =>
    page.evaluate(
      async ({ json, opts }) => {
        const Plotly = (window as unknown as { Plotly: { toImage: (f: unknown, o: unknown) => Promise<string> } }).Plotly;
        // Sent as one JSON string: a big figure crosses the pipe once, without a structured copy.
        const figure = JSON.parse(json) as { data: unknown[]; layout: Record<string, unknown> };
        // A static image: no responsive resize, fixed size from opts. toImage draws a copy and purges it.
        const layout = { ...figure.layout, width: opts.width, height: opts.height };
        return Plotly.toImage({ data: figure.data, layout, config: { staticPlot: true } }, opts);
      },
      { json, opts },
    ),
  );
}

/** The chart as a PNG, drawn by plotly.js in headless Chromium. */
export async function renderPng(figure: Figure, options: ImageOptions = {}): Promise<Buffer> {
  const url = await toImage(figure, "png", options);
  return Buffer.from(url.slice(url.indexOf(",") + 1), "base64");
}

/** The chart as an SVG document (text). */
export async function renderSvg(figure: Figure, options: ImageOptions = {}): Promise<string> {
  const url = await toImage(figure, "svg", options);
  const body = url.slice(url.indexOf(",") + 1);
  return url.slice(0, url.indexOf(",")).endsWith(";base64") ? Buffer.from(body, "base64").toString("utf8") : decodeURIComponent(body);
}
