import * as fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { plotlySource } from "./plotly-source";

/** Where a Chromium is looked for when CHROME_PATH is not set (Debian's package first: CI installs it). */
export const CHROME_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The network is closed wherever this runs (CI, offline laptops): these flags stop Chromium from
 * trying to phone home and filling the log with failed connections.
 */
export const CHROME_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `no Chromium found to render PNG/SVG (${detail}): install Debian's chromium package ` +
        "(apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium executable",
    );
    this.name = "BrowserNotFoundError";
  }
}

/** The browser executable: $CHROME_PATH if set (and present), else the first candidate that exists. */
export function findChrome(env: NodeJS.ProcessEnv = process.env, candidates = CHROME_CANDIDATES): string {
  const given = env.CHROME_PATH;
  if (given) {
    if (!fs.existsSync(given)) throw new BrowserNotFoundError(`CHROME_PATH=${given} does not exist`);
    return given;
  }
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new BrowserNotFoundError(`none of ${candidates.join(", ")} exists`);
  return found;
}

/** True when a browser can be launched; tests use it to decide between running and pending. */
export function hasChrome(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    findChrome(env);
    return true;
  } catch {
    return false;
  }
}

let browser: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
/** Close the browser after this long without use, so a notebook kernel does not keep it forever. */
const IDLE_MS = 60_000;

/** One shared headless browser, launched on first use: a report exports many charts. */
export function getBrowser(): Promise<Browser> {
  if (!browser) {
    const executablePath = findChrome();
    browser = (async () => {
      const { chromium } = require("playwright-core") as typeof import("playwright-core");
      return chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
    })();
    browser.catch(() => {
      browser = null;
    });
  }
  return browser;
}

/** Close the shared browser (and its renderer page). Safe to call when none is open. */
export async function closeBrowser(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const open = browser;
  browser = null;
  renderer = null;
  if (open) await (await open.catch(() => null))?.close();
}

let renderer: Promise<Page> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Run `fn` on the shared renderer page: a blank page with plotly.js loaded once from node_modules
 * (set as script content, never fetched). Calls are queued one at a time, since Plotly.toImage
 * draws into the page.
 */
export function withRenderer<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    try {
      return await attempt();
    } catch (err) {
      // A crashed or closed browser (memory pressure, a killed process): start a fresh one, once.
      if (!/has been closed|crash|disconnected/i.test(String((err as Error)?.message))) throw err;
      await closeBrowser();
      return attempt();
    }
  };
  const attempt = async (): Promise<T> => {
    if (idleTimer) clearTimeout(idleTimer);
    if (!renderer) {
      renderer = (async () => {
        const page = await (await getBrowser()).newPage();
        await page.setContent("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>");
        await page.addScriptTag({ content: plotlySource() });
        return page;
      })();
      renderer.catch(() => {
        renderer = null;
      });
    }
    try {
      return await fn(await renderer);
    } finally {
      idleTimer = setTimeout(() => void closeBrowser(), IDLE_MS);
      idleTimer.unref();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
