import * as fs from "node:fs";

/** plotly.js from node_modules: charts never load it from a CDN, so they work offline. */
export function plotlyPath(): string {
  return require.resolve("plotly.js-dist-min/plotly.min.js");
}

let cached: string | null = null;

/** The library's source, safe to put inside a <script> element (~4.8 MB; read once per process). */
export function plotlySource(): string {
  if (cached === null) cached = fs.readFileSync(plotlyPath(), "utf8").replace(/<\/script/gi, "<\\/script");
  return cached;
}
