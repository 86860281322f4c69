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

async function toImage(figure: Figure, format: Format, options: ImageOptions): Promise<string> {
  // A figure that asks for a size (e.g. one row per article) keeps it unless the caller overrides.
  const own = (key: "width" | "height") => (typeof figure.layout[key] === "number" ? (figure.layout[key] as number) : undefined);
  const opts = { format, width: options.width ?? own("width") ?? 900, height: options.height ?? own("height") ?? 500, scale: options.scale ?? 1 };
  return withRenderer((page) =>
    page.evaluate(
      async ({ figure, opts }) => {
        const Plotly = (window as unknown as { Plotly: { toImage: (f: unknown, o: unknown) => Promise<string> } }).Plotly;
        // A static image: no responsive resize, fixed size from opts.
        const layout = { ...figure.layout, width: opts.width, height: opts.height };
        return Plotly.toImage({ data: figure.data, layout, config: { staticPlot: true } }, opts);
      },
      { figure: JSON.parse(JSON.stringify(figure)) as Figure, opts },
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
