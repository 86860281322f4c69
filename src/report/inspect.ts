import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { getBrowser } from "../render/browser";
import { looksLikeId } from "../grouping/labels";
import { checkChartsInPage, MIN_PANEL_PX, type ChartLayoutCheck } from "./layout-check";

/**
 * What Plotly draws for data, by trace type: bar and marker points, lines, pie slices, heatmap
 * images, boxes, table cells, sankey nodes. A chart with traces and none of these drew nothing.
 */
export const DATA_MARKS = ".point, .js-line, .slice, .hm, .heatmaplayer image, .trace.boxes path.box, .box, .cell-rect, .sankey-node";

/** What a browser saw on a report page: every chart, whether it drew its data, and any errors. */
export interface PageCheck {
  charts: Array<{ id: string; traces: number; drawn: boolean; marks: number }>;
  errors: string[];
  /** requests to anything but file:// (blocked: the report must work offline) */
  network: string[];
  /** what a reader would see wrong in each chart (overlapping labels, unlabelled rows, squeezed panels, bare ids) */
  layout: ChartLayoutCheck[];
  /** milliseconds from navigation until every chart had drawn */
  drawMs: number;
  /** milliseconds from navigation until the charts on the first screen had drawn (the rest draw as the reader scrolls) */
  firstScreenMs: number;
}

export interface InspectOptions {
  /** write a screenshot here (PNG) */
  screenshot?: string;
  /** whole page (default) or only the first viewport */
  fullPage?: boolean;
  /** also save each chart's own screenshot into this folder, as <chart id>.png */
  chartShots?: string;
  width?: number;
  height?: number;
}

/**
 * Open a report's index.html from disk in headless Chromium with the network blocked, wait for the
 * charts, and report what rendered. Used by the browser test and by scripts/screenshot-report.ts.
 */
export async function inspectReportPage(indexHtml: string, options: InspectOptions = {}): Promise<PageCheck> {
  const browser = await getBrowser();
  const page = await browser.newPage({ viewport: { width: options.width ?? 1200, height: options.height ?? 900 } });
  const errors: string[] = [];
  const network: string[] = [];
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    network.push(url);
    return route.abort();
  });
  try {
    const started = Date.now();
    await page.goto(pathToFileURL(path.resolve(indexHtml)).href, { waitUntil: "load" });
    // Charts near the screen draw at once, the others as the reader scrolls (render/html.ts): time
    // the first screen, then ask for the rest as printing does and wait until every chart has its SVG.
    const near = () => [...document.querySelectorAll<HTMLElement>(".nc-chart")].filter((el) => (el.style.display === "none" ? el.previousElementSibling ?? el : el).getBoundingClientRect().top < window.innerHeight);
    await page.waitForFunction(`(${near.toString()})().every((el) => el.querySelector(".main-svg"))`, undefined, { timeout: 30_000 }).catch(() => undefined);
    const firstScreenMs = Date.now() - started;
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page
      .waitForFunction(() => [...document.querySelectorAll(".nc-chart")].every((el) => el.querySelector(".main-svg")), undefined, { timeout: 60_000 })
      .catch(() => undefined);
    const drawMs = Date.now() - started;
    const charts = await page.evaluate((DATA_MARKS) =>
      [...document.querySelectorAll<HTMLElement>(".nc-chart")].map((el) => {
        const data = ((el as unknown as { data?: unknown[] }).data ?? []) as unknown[];
        return {
          id: el.id,
          traces: data.length,
          drawn: Boolean(el.querySelector(".main-svg")),
          // whatever the trace type draws for its data (see DATA_MARKS)
          marks: el.querySelectorAll(DATA_MARKS).length,
        };
      }),
      DATA_MARKS,
    );
    // tsx keeps function names with a __name helper that does not exist in the page
    await page.evaluate("globalThis.__name = globalThis.__name || ((f) => f)");
    const layout = await page.evaluate(checkChartsInPage, { minPanel: MIN_PANEL_PX, idRule: looksLikeId.toString() });
    if (options.chartShots) {
      fs.mkdirSync(options.chartShots, { recursive: true });
      for (const c of charts) {
        const figure = page.locator(`#${c.id}`).locator("xpath=ancestor::figure[1]");
        const target = (await figure.count()) ? figure : page.locator(`#${c.id}`);
        await target.screenshot({ path: path.join(options.chartShots, `${c.id.replace(/^chart-|-plot$/g, "")}.png`) });
      }
    }
    if (options.screenshot) {
      fs.mkdirSync(path.dirname(options.screenshot), { recursive: true });
      await page.screenshot({ path: options.screenshot, fullPage: options.fullPage ?? true });
    }
    return { charts, errors, network, layout, drawMs, firstScreenMs };
  } finally {
    await page.close();
  }
}
